import Foundation

/// Which part of a success body holds the value.
enum PayloadLocation {
    /// The `data` member (v1, v2, v3 single objects).
    case data
    /// The whole body (v3 lists: `data` plus top-level `has_more` / `next_token`).
    case wholeBody
}

/// Turns any HeyGen response into a value or a ``HeyGenAPIError``, whatever the envelope (heygen-api.md §4).
enum EnvelopeDecoder {
    /// Decodes a success payload, or throws the error the response carries.
    static func decode<T: Decodable>(
        _ type: T.Type, from response: HTTPResponse, location: PayloadLocation = .data
    ) throws -> T {
        let json = try? JSONSerialization.jsonObject(with: response.body, options: [.fragmentsAllowed])
        if let failure = apiError(in: response, json: json) { throw HeyGenError.api(failure) }
        let payload: Any
        switch location {
        case .wholeBody: payload = json ?? NSNull()
        case .data: payload = (json as? [String: Any])?["data"] ?? NSNull()
        }
        do {
            let bytes = try JSONSerialization.data(withJSONObject: payload, options: [.fragmentsAllowed])
            return try JSONDecoder().decode(T.self, from: bytes)
        } catch {
            throw HeyGenError.unexpectedResponse("\(T.self): \(Self.describe(error))")
        }
    }

    /// The error a response carries, or nil when it is a success.
    static func apiError(in response: HTTPResponse) -> HeyGenAPIError? {
        apiError(in: response, json: try? JSONSerialization.jsonObject(with: response.body, options: []))
    }

    private static func apiError(in response: HTTPResponse, json: Any?) -> HeyGenAPIError? {
        let status = response.status
        let failed = !(200..<300).contains(status)
        func make(_ code: String?, _ message: String?, _ param: String? = nil, _ envelope: Envelope) -> HeyGenAPIError {
            let usableCode = code.flatMap { $0.isEmpty || $0 == "error" ? nil : $0 }
            return HeyGenAPIError(
                httpStatus: status, code: usableCode ?? HeyGenAPIError.code(forStatus: status),
                message: message ?? "HTTP \(status)", param: param, requestID: response.requestID,
                retryAfter: response.header("retry-after"), envelope: envelope)
        }
        guard let object = json as? [String: Any] else {
            return failed ? make(nil, summarizeNonJSON(response), nil, .nonJSON) : nil
        }
        if let numeric = object["code"] as? Int, !(object["code"] is Bool) {
            guard numeric != 100 || failed else { return nil }
            let message = (object["message"] as? String) ?? (object["msg"] as? String)
            return make(String(numeric), message, nil, .v1)
        }
        if let error = object["error"], !(error is NSNull) {
            let envelope: Envelope = object.keys.contains("data") ? .v2 : .v3
            if let text = error as? String { return make(nil, text, nil, envelope) }
            let fields = error as? [String: Any] ?? [:]
            let code = (fields["code"] as? String) ?? (fields["code"] as? Int).map(String.init)
            return make(code, fields["message"] as? String, fields["param"] as? String, envelope)
        }
        guard failed else { return nil }
        return make(nil, (object["message"] as? String) ?? (object["msg"] as? String), nil, .v3)
    }

    /// A short, single-line description of a non-JSON body: its HTML title or its first characters.
    static func summarizeNonJSON(_ response: HTTPResponse) -> String {
        let text = String(decoding: response.body.prefix(2048), as: UTF8.self)
        if let start = text.range(of: "<title>", options: .caseInsensitive),
            let end = text.range(of: "</title>", options: .caseInsensitive, range: start.upperBound..<text.endIndex)
        {
            return "non-JSON body: \(text[start.upperBound..<end.lowerBound])"
        }
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.isEmpty ? "empty body" : "non-JSON body: \(flat.prefix(120))"
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "missing field \(key.stringValue)"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        default: "\(error)"
        }
    }
}
