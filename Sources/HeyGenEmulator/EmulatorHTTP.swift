import Foundation

/// A parsed request as the routes see it.
/// Which of HeyGen's hosts a request arrived on (they differ only with ``EmulatorConfiguration/separateUploadHost``).
package enum EmulatorHost: Sendable {
    /// api.heygen.com: every route but the v1 raw upload.
    case api
    /// upload.heygen.com: `POST /v1/asset`.
    case upload
}

struct EmulatorRequest {
    var host: EmulatorHost = .api
    var method: String
    var path: String
    var query: [String: String]
    var headers: [String: String]
    var body: [UInt8]

    func header(_ name: String) -> String? { headers[name.lowercased()] }

    var json: [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any]
    }
}

/// What the emulator does with a request.
enum EmulatorReply {
    case respond(status: Int, headers: [(String, String)], body: [UInt8])
    /// Close the connection without a response.
    case drop
    /// Never answer: the connection stays open until the client gives up or goes away.
    case hold

    static func json(_ status: Int, _ object: Any, headers: [(String, String)] = []) -> EmulatorReply {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return .respond(status: status, headers: [("Content-Type", "application/json")] + headers, body: Array(data))
    }

    static func html(_ status: Int, _ title: String) -> EmulatorReply {
        let page = "<!DOCTYPE html><html><head><title>\(title)</title></head><body><h1>\(title)</h1></body></html>"
        return .respond(status: status, headers: [("Content-Type", "text/html; charset=utf-8")], body: Array(page.utf8))
    }
}

/// Which envelope a route answers in.
enum RouteEnvelope {
    case v1, v2, v3

    init(path: String) {
        if path.hasPrefix("/v1/") {
            self = .v1
        } else if path.hasPrefix("/v3/") {
            self = .v3
        } else {
            self = .v2
        }
    }

    /// A success answer.
    func ok(_ data: Any, extra: [String: Any] = [:]) -> EmulatorReply {
        switch self {
        case .v1: .json(200, ["code": 100, "data": data, "msg": NSNull(), "message": NSNull()].merging(extra) { $1 })
        case .v2: .json(200, ["error": NSNull(), "data": data].merging(extra) { $1 })
        case .v3: .json(200, ["data": data].merging(extra) { $1 })
        }
    }

    /// An error answer. `code` is the v2/v3 string code; `numeric` the v1 code.
    func error(
        _ status: Int, code: String, numeric: Int, _ message: String, param: String? = nil,
        headers: [(String, String)] = []
    ) -> EmulatorReply {
        switch self {
        case .v1: return .json(status, ["code": numeric, "message": message], headers: headers)
        case .v2:
            return .json(status, ["data": NSNull(), "error": ["code": code, "message": message]], headers: headers)
        case .v3:
            var error: [String: Any] = ["code": code, "message": message, "doc_url": NSNull()]
            error["param"] = param ?? NSNull()
            return .json(status, ["error": error], headers: headers)
        }
    }

    func invalid(_ message: String, param: String? = nil) -> EmulatorReply {
        error(400, code: "invalid_parameter", numeric: 400175, message, param: param)
    }

    func notFound(_ message: String) -> EmulatorReply {
        error(404, code: "not_found", numeric: 40104, message)
    }
}

/// `value`, or JSON null.
func orNull(_ value: Any?) -> Any { value ?? NSNull() }
