import Foundation
import HeyGen
import PhotoPreflightUpload
import Testing

@Suite struct UploadReportTextTests {
    @Test func linesListEachPhotoThenTheGroupAndACount() throws {
        let json = """
            {"api":"v2","groupName":"Sam","groupID":"g1","talkingPhotoID":"g1","training":"ready",
             "possibleOrphanAssets":1,"photos":[
              {"file":"a.jpg","outcome":"uploaded","asset":"k1","lookID":"l1"},
              {"file":"b.jpg","outcome":"duplicate","reason":"same bytes as a.jpg"},
              {"file":"c.jpg","outcome":"rejected","reason":"too-small: 100 px"},
              {"file":"d.jpg","outcome":"failed","reason":"upload failed"}]}
            """
        let report = try JSONDecoder().decode(UploadReport.self, from: Data(json.utf8))
        #expect(
            report.textLines == [
                "uploaded  a.jpg  k1  look l1", "duplicate b.jpg  same bytes as a.jpg",
                "rejected  c.jpg  too-small: 100 px",
                "failed    d.jpg  upload failed", "group: Sam g1", "talking_photo_id: g1", "training: ready",
                "possible orphaned assets on HeyGen: 1 (re-sent after a lost answer)", "1 of 4 photos uploaded",
            ])
    }
}
