#!/usr/bin/env bash
# The README's "Sandbox: voices, videos and prompt looks" transcript: starts the emulator, runs each command
# and prints it with its output and exit status. Usage: swift build && scripts/sandbox-videos.sh [PORT]
set -u
cd "$(dirname "$0")/.."
PORT=${1:-8080}
.build/debug/heygen-emulator --port "$PORT" --look-delay-ms 500 --video-delay-ms 1000 >/dev/null 2>&1 &
EMULATOR=$!
trap 'kill $EMULATOR' EXIT
sleep 1
export HEYGEN_API_KEY=test-key HEYGEN_API_BASE=http://127.0.0.1:$PORT
rm -rf /tmp/sandbox-videos && mkdir -p /tmp/sandbox-videos

OUT=""
run() {
    local shown=""
    for argument in "$@"; do
        if [[ $argument == *" "* ]]; then shown+=" \"$argument\""; else shown+=" $argument"; fi
    done
    echo "\$ photo-preflight${shown}"
    OUT=$(.build/debug/photo-preflight "$@" 2>&1)
    local status=$?
    echo "$OUT"
    echo "(exit $status)"
}

run voices list --language English
run voices list --gender female --format json
run avatar prompt --name Ava --prompt "A friendly presenter in a navy blazer, soft studio light" --wait
LOOK=${OUT%% *}
run video generate --talking-photo-id "$LOOK" --script "Hello from the sandbox."
VIDEO=$OUT
run video download "$VIDEO" --wait --out /tmp/sandbox-videos/hello.mp4
echo '$ head -c 70000 /tmp/sandbox-videos/hello.mp4 > /tmp/sandbox-videos/again.mp4.part'
head -c 70000 /tmp/sandbox-videos/hello.mp4 >/tmp/sandbox-videos/again.mp4.part
run video download "$VIDEO" --out /tmp/sandbox-videos/again.mp4
echo '$ cmp /tmp/sandbox-videos/hello.mp4 /tmp/sandbox-videos/again.mp4 && echo identical'
cmp /tmp/sandbox-videos/hello.mp4 /tmp/sandbox-videos/again.mp4 && echo identical
run video list
run video delete "$VIDEO"
run video list --format json
run video list --api v2
echo "\$ curl -s http://127.0.0.1:$PORT/_emulator/downloads"
curl -s "http://127.0.0.1:$PORT/_emulator/downloads"
echo
