import Foundation
import Synchronization
import TestSupport
import Testing

@testable import HeyGen

@Suite struct SecretTests {
    @Test func keyNeverPrints() throws {
        let key = try #require(APIKey("sk_V2_hgu_secret\n"))
        #expect("\(key)" == "<redacted>")
        #expect(String(reflecting: key) == "<redacted>")
        #expect(key.redact("echo sk_V2_hgu_secret back") == "echo <redacted> back")
        #expect(APIKey("  \n") == nil)
    }

    @Test func keyTravelsOnlyInTheHeaderAndLogsAreRedacted() async throws {
        let lines = Mutex<[String]>([])
        let transport = ScriptedTransport([.success(response(200, #"{"error":null,"data":{"id":"x"}}"#))])
        let connection = connection(
            transport, key: "sk-top-secret", log: { line in lines.withLock { $0.append(line) } })
        let _: Payload = try await connection.call(.get, "/v2/photo_avatar/sk-top-secret")
        let request = try #require(transport.sent.first)
        #expect(request.header("x-api-key") == "sk-top-secret")
        let logged = lines.withLock { $0 }
        #expect(!logged.isEmpty)
        #expect(logged.allSatisfy { !$0.contains("sk-top-secret") })
    }

    @Test func errorsDoNotCarryTheKey() {
        let error = HeyGenError.api(
            HeyGenAPIError(httpStatus: 401, code: "unauthorized", message: "Unauthorized", envelope: .v3))
        #expect(error.isAuthenticationFailure)
        #expect(!"\(error)".contains("sk-"))
    }

    @Test func userAgentNamesToolAndVersion() {
        #expect(ClientIdentity.userAgent == "photo-preflight/\(ClientIdentity.version)")
    }
}
