import Foundation

/// Writes files so that readers see the old content or the new, never a part: a temporary file in the same
/// folder, flushed to disk, then renamed (or linked, when an existing file must not be replaced).
enum AtomicFile {
    enum Failure: Error, CustomStringConvertible {
        /// The target exists and `replacing` was false.
        case exists
        /// A system call failed.
        case system(String, Int32)

        var description: String {
            switch self {
            case .exists: "the file exists"
            case .system(let call, let code): "\(call): \(String(cString: strerror(code)))"
            }
        }
    }

    static func write(_ data: Data, to path: String, replacing: Bool) throws(Failure) {
        let folder = (path as NSString).deletingLastPathComponent
        var template = Array(((folder.isEmpty ? "." : folder) + "/.photo-preflight-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw .system("mkstemp", errno) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { unlink(temporary) }
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count <= 0 { return false }
                offset += count
            }
            return true
        }
        let code = errno
        guard written else {
            close(descriptor)
            throw .system("write", code)
        }
        fchmod(descriptor, 0o644)
        guard fsync(descriptor) == 0 else {
            let code = errno
            close(descriptor)
            throw .system("fsync", code)
        }
        close(descriptor)
        if replacing {
            guard rename(temporary, path) == 0 else { throw .system("rename", errno) }
        } else if link(temporary, path) != 0 {
            throw errno == EEXIST ? .exists : .system("link", errno)
        }
    }
}
