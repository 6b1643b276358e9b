import Foundation
import PhotoPreflight
import TestSupport
import Testing

struct ShardTests {
    @Test(arguments: [("1/1", 1, 1), ("2/4", 2, 4), ("4/4", 4, 4), ("10/12", 10, 12)])
    func parsesKOverN(text: String, index: Int, count: Int) throws {
        let shard = try #require(Shard(text))
        #expect(shard.index == index && shard.count == count)
        #expect(shard.description == text)
    }

    @Test(arguments: ["0/3", "4/3", "1/0", "-1/2", "3", "a/b", "1/2/3", "/2", "1/", ""])
    func rejectsAnythingButKOverNWithKInRange(text: String) {
        #expect(Shard(text) == nil)
    }

    /// Photos with the paths a deep asset folder has: nested folders, spaces, non-ASCII names.
    static func photos(_ count: Int, prefix: String = "") -> [PhotoFile] {
        (0..<count).map { index in
            let relative = "\(prefix)team \(index % 7)/sub-\(index % 3)/portrait-\(index)-é.jpg"
            return PhotoFile(
                url: URL(fileURLWithPath: "/assets/" + relative), displayPath: "assets/" + relative,
                relativePath: relative)
        }
    }

    @Test(arguments: [1, 2, 3, 4, 7])
    func theShardsPartitionTheCollectedSetExactly(count: Int) throws {
        let photos = Self.photos(500)
        let shares = (1...count).map { Shard(index: $0, count: count)!.select(photos) }
        let taken = shares.flatMap { $0.map(\.relativePath) }
        #expect(taken.count == photos.count, "every photo is in exactly one shard")
        #expect(Set(taken) == Set(photos.map(\.relativePath)))
        for share in shares {
            #expect(share.count > photos.count / count / 2, "the hash spreads the photos: \(share.count)")
        }
    }

    @Test func theShardsOfARealFolderPartitionIt() throws {
        let collected = PhotoCollector().collect([RepositoryPaths.fixtures.path]).files
        #expect(collected.count > 20)
        let shares = (1...3).map { Shard(index: $0, count: 3)!.select(collected) }
        #expect(shares.flatMap { $0 }.map(\.displayPath).sorted() == collected.map(\.displayPath).sorted())
        #expect(shares.map(\.count).reduce(0, +) == collected.count)
    }

    @Test func addingPhotosMovesNoExistingPhotoToAnotherShard() {
        let before = Self.photos(300)
        let after = Self.photos(300, prefix: "new/") + before + Self.photos(50, prefix: "later/")
        for index in 1...4 {
            let shard = Shard(index: index, count: 4)!
            let kept = Set(shard.select(after).map(\.relativePath))
            #expect(shard.select(before).allSatisfy { kept.contains($0.relativePath) })
            #expect(before.filter { kept.contains($0.relativePath) } == shard.select(before))
        }
    }

    @Test func theShareDependsOnThePathRelativeToTheFolderNotOnWhereTheFolderIs() {
        let here = PhotoFile(url: URL(fileURLWithPath: "/a/x/y.jpg"), displayPath: "x/y.jpg", relativePath: "y.jpg")
        let there = PhotoFile(
            url: URL(fileURLWithPath: "/b/c/y.jpg"), displayPath: "./c/y.jpg", relativePath: "y.jpg")
        for index in 1...5 {
            let shard = Shard(index: index, count: 5)!
            #expect(shard.contains(here) == shard.contains(there))
        }
        #expect(Shard.number(of: "y.jpg", count: 5) == Shard.number(of: "y.jpg", count: 5))
    }
}
