import Foundation
import TestSupport
import Testing

@testable import HeyGen

/// The key cannot be sent astray: plain http only to loopback, no header injection, no echo in
/// diagnostics, no raw key in the request's printed or reflected forms, encoded pagination tokens.
@Suite struct KeySafetyTests {
    let ok = response(200, #"{"error":null,"data":{"id":"x"}}"#)

    func connection(base: String, transport: ScriptedTransport) -> HeyGenConnection {
        let configuration = HeyGenConfiguration(
            apiKey: APIKey("sk-test-secret")!, apiBase: URL(string: base)!, uploadBase: URL(string: base)!)
        return HeyGenConnection(configuration: configuration, transport: transport, clock: FakeClock())
    }

    @Test func plainHTTPIsRefusedExceptOnLoopback() async throws {
        for base in ["http://api.heygen.com", "http://10.0.0.5:8080", "http://127.example.com"] {
            let transport = ScriptedTransport([.success(ok)])
            do {
                let _: Payload = try await connection(base: base, transport: transport).call(.get, "/v2/x")
                Issue.record("\(base) was accepted")
            } catch HeyGenError.invalidRequest(let text) {
                #expect(text.contains("https"))
            }
            #expect(transport.sent.isEmpty)
        }
        for base in [
            "http://127.0.0.1:9", "http://127.1.2.3", "http://[::1]:8080", "http://localhost:1", "https://x.io",
        ] {
            let transport = ScriptedTransport([.success(ok)])
            let _: Payload = try await connection(base: base, transport: transport).call(.get, "/v2/x")
            #expect(transport.sent.count == 1)
        }
    }

    @Test func keysWithWhitespaceOrControlCharactersInsideAreRefused() throws {
        #expect(APIKey("sk-one\nX-Evil: 1") == nil)
        #expect(APIKey("sk one") == nil)
        #expect(APIKey("sk\u{7}one") == nil)
        #expect(APIKey("sk-one\t") == nil)
        #expect(APIKey.problem(in: "sk-one\r\nX-Evil: 1") != nil)
        let fromFile = try #require(APIKey("sk-one\n"))
        #expect(fromFile.value == "sk-one")
        #expect(try #require(APIKey("sk-one\r\n")).value == "sk-one")
    }

    @Test func keyEchoedByTheServerIsRedactedFromErrors() async throws {
        let echo = response(400, #"{"error":{"code":"invalid_parameter","message":"bad key sk-test-secret here"}}"#)
        let proxy = response(502, "<html><title>Bad gateway for sk-test-secret</title></html>")
        for answer in [echo, proxy] {
            let transport = ScriptedTransport([.success(answer)])
            do {
                let _: Payload = try await connection(base: "http://127.0.0.1:9", transport: transport).call(
                    .get, "/v2/x", replayable: false)
                Issue.record("expected an error")
            } catch {
                #expect(!"\(error)".contains("sk-test-secret"))
                #expect(!String(reflecting: error).contains("sk-test-secret"))
                #expect("\(error)".contains("<redacted>"))
            }
        }
    }

    @Test func requestsDoNotPrintTheKey() {
        let request = HTTPRequest(
            method: .get, url: URL(string: "https://api.heygen.com/v3/avatars")!,
            headers: [("X-Api-Key", "sk-test-secret"), ("Authorization", "Bearer sk-test-secret")])
        var dumped = ""
        dump(request, to: &dumped)
        for text in [
            "\(request)", String(reflecting: request), dumped, "\(Mirror(reflecting: request).children.map(\.value))",
        ] {
            #expect(!text.contains("sk-test-secret"), "\(text)")
        }
        #expect("\(request)".contains("/v3/avatars"))
        #expect(request.header("x-api-key") == "sk-test-secret")
    }

    @Test func paginationTokensArePercentEncoded() async throws {
        let transport = ScriptedTransport([.success(ok)])
        let _: Payload = try await connection(base: "https://api.heygen.com", transport: transport).call(
            .get, "/v3/avatars/looks", query: [URLQueryItem(name: "token", value: "a+b/c=d&e f?")])
        let url = try #require(transport.sent.first?.url)
        let query = URLComponents(url: url, resolvingAgainstBaseURL: false)?.percentEncodedQuery
        #expect(query == "token=a%2Bb%2Fc%3Dd%26e%20f%3F")
        #expect(URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems?.first?.value == "a+b/c=d&e f?")
    }
}

/// Messages say each thing once, authentication codes stop the run, and a flawed video is not clean.
@Suite struct MessageTests {
    @Test func theStatusIsNotRepeated() {
        let v1 = HeyGenAPIError(httpStatus: 500, code: "500", message: "Internal server error", envelope: .v1)
        #expect(v1.description == "HeyGen HTTP 500: Internal server error")
        let v2 = HeyGenAPIError(httpStatus: 400, code: "invalid_parameter", message: "bad", envelope: .v2)
        #expect(v2.description == "HeyGen HTTP 400 invalid_parameter: bad")
    }

    @Test func v1AuthenticationCodesOnHTTP200StopTheRun() throws {
        for code in ["400112", "40009", "401057", "401056"] {
            let error = HeyGenError.api(
                HeyGenAPIError(httpStatus: 200, code: code, message: "Unauthorized", envelope: .v1))
            #expect(error.isAuthenticationFailure, "\(code)")
            #expect(FailureKind(error) == .fatal, "\(code)")
        }
        let other = HeyGenError.api(HeyGenAPIError(httpStatus: 200, code: "40001", message: "x", envelope: .v1))
        #expect(!other.isAuthenticationFailure)
    }

    @Test func aCompletedVideoCarryingAnErrorIsNotClean() {
        let flawed = VideoStatus(
            id: "v", status: "completed", videoURL: "https://x/v.mp4",
            error: .init(code: FlexibleCode("40119"), message: "voice failed"))
        guard case .failed(let status, let message) = flawed.state else {
            Issue.record("a completed video with an error printed as clean")
            return
        }
        #expect(status == "completed")
        #expect(message.contains("voice failed"))
        #expect(VideoStatus(id: "v", status: "completed").state == .done)
    }
}
