import Foundation
import TestSupport
import Testing

@testable import HeyGen

struct Payload: Decodable, Equatable {
    var id: String
}

@Suite struct EnvelopeDecoderTests {
    @Test func v1SuccessIsCode100() throws {
        let value = try EnvelopeDecoder.decode(
            Payload.self, from: response(200, #"{"code":100,"data":{"id":"a1"},"msg":null,"message":null}"#))
        #expect(value == Payload(id: "a1"))
    }

    @Test func v1ErrorOnHTTP200IsAnError() {
        let error = EnvelopeDecoder.apiError(
            in: response(200, #"{"code":40001,"message":"asset data must be provided"}"#))
        #expect(error?.envelope == .v1)
        #expect(error?.code == "40001")
        #expect(error?.message == "asset data must be provided")
        #expect(error?.httpStatus == 200)
    }

    @Test func v2SuccessHasNullError() throws {
        let value = try EnvelopeDecoder.decode(Payload.self, from: response(200, #"{"error":null,"data":{"id":"g"}}"#))
        #expect(value.id == "g")
    }

    @Test func v2ErrorObjectCarriesCodeMessageAndRequestID() {
        let error = EnvelopeDecoder.apiError(
            in: response(
                401, #"{"data":null,"error":{"code":"internal_error","message":"Unauthorized"}}"#,
                headers: ["X-Request-Id": "req-7"]))
        #expect(error?.envelope == .v2)
        #expect(error?.code == "internal_error")
        #expect(error?.message == "Unauthorized")
        #expect(error?.requestID == "req-7")
    }

    @Test func v2ErrorOnHTTP200IsAnError() {
        let error = EnvelopeDecoder.apiError(
            in: response(200, #"{"data":null,"error":{"code":"invalid_parameter","message":"bad"}}"#))
        #expect(error?.code == "invalid_parameter")
    }

    @Test func stringErrorIsReadAsMessage() {
        let error = EnvelopeDecoder.apiError(in: response(400, #"{"data":null,"error":"Invalid API key"}"#))
        #expect(error?.message == "Invalid API key")
        #expect(error?.code == "validation_error")
    }

    @Test func v3ErrorCarriesParam() {
        let body =
            #"{"error":{"code":"invalid_parameter","message":"File is required.","param":"file","doc_url":null}}"#
        let error = EnvelopeDecoder.apiError(in: response(400, body))
        #expect(error?.envelope == .v3)
        #expect(error?.param == "file")
        #expect(error?.description.contains("param: file") == true)
    }

    @Test(arguments: [(404, "not_found"), (429, "rate_limit_exceeded"), (503, "unclassified_server_error")])
    func missingOrGenericCodeIsDerivedFromStatus(status: Int, expected: String) {
        let error = EnvelopeDecoder.apiError(in: response(status, #"{"error":{"code":"error","message":"x"}}"#))
        #expect(error?.code == expected)
    }

    @Test func htmlBodyBecomesNonJSONErrorWithTitle() {
        let html = "<html><head><title>404 Not Found</title></head><body>nginx</body></html>"
        let error = EnvelopeDecoder.apiError(in: response(404, html))
        #expect(error?.envelope == .nonJSON)
        #expect(error?.code == "not_found")
        #expect(error?.message.contains("404 Not Found") == true)
    }

    @Test func emptyErrorBodyIsDescribed() {
        let error = EnvelopeDecoder.apiError(in: response(502, ""))
        #expect(error?.message == "empty body")
        #expect(error?.httpStatus == 502)
    }

    @Test func successThatDoesNotMatchTheShapeIsUnexpectedResponse() {
        #expect(throws: HeyGenError.self) {
            try EnvelopeDecoder.decode(Payload.self, from: response(200, #"{"error":null,"data":{"name":"x"}}"#))
        }
    }

    @Test func videoErrorCodeDecodesNumberOrString() throws {
        let numeric = try EnvelopeDecoder.decode(
            VideoStatus.self,
            from: response(200, #"{"code":100,"data":{"status":"failed","error":{"code":40119,"message":"long"}}}"#))
        #expect(numeric.error?.code?.description == "40119")
        let text = try EnvelopeDecoder.decode(
            VideoStatus.self,
            from: response(
                200, #"{"code":100,"data":{"status":"completed","error":{"code":"MOVIO_PAYMENT_INSUFFICIENT_CREDIT"}}}"#
            ))
        #expect(text.error?.code?.description == "MOVIO_PAYMENT_INSUFFICIENT_CREDIT")
    }

    @Test func trainAnswerToleratesNullFlatAndNestedShapes() throws {
        let empty = try EnvelopeDecoder.decode(
            TrainingStarted.self, from: response(200, #"{"error":null,"data":null}"#))
        #expect(empty.flowID == nil)
        let flat = try EnvelopeDecoder.decode(
            TrainingStarted.self, from: response(200, #"{"error":null,"data":{"flow_id":"f1"}}"#))
        #expect(flat.flowID == "f1")
        let nested = try EnvelopeDecoder.decode(
            TrainingStarted.self, from: response(200, #"{"error":null,"data":{"code":100,"data":{"flow_id":"f2"}}}"#))
        #expect(nested.flowID == "f2")
    }
}
