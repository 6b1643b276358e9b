import Foundation

/// HeyGen's v3 API: the routes that replace the seed's photo-avatar workflow (heygen-v3.md §5).
///
/// Every create takes an `Idempotency-Key`; with one, a 5xx, a dropped connection or a 409
/// `request_in_progress` is retried with the same key.
public struct HeyGenV3API: Sendable {
    /// Largest upload `/v3/assets` accepts, in bytes: 32 MB counted as 32 × 10^6 bytes.
    ///
    /// heygen-v3.md §1.7 says "at most 32 MB" and never says whether MB is 10^6 or 2^20 bytes; the smaller
    /// reading (32,000,000 rather than 33,554,432) is used so a file this client sends is accepted under either.
    public static let maxAssetBytes = 32_000_000
    /// Page size range of the avatar lists.
    public static let pageSizes = 1...50

    /// The connection requests go through.
    public let connection: HeyGenConnection

    /// Creates the API over `connection`.
    public init(connection: HeyGenConnection) { self.connection = connection }

    func keyHeader(_ key: String?) -> [(name: String, value: String)] {
        key.map { [("Idempotency-Key", $0)] } ?? []
    }

    /// `POST /v3/assets`: multipart upload (part `file`), streamed from disk; at most 32 MB.
    public func uploadAsset(file: URL, contentType: AssetContentType, idempotencyKey: String?) async throws -> V3Asset {
        let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
        guard size <= Self.maxAssetBytes else {
            throw HeyGenError.invalidRequest("\(file.lastPathComponent) is \(size) bytes; v3 uploads are at most 32 MB")
        }
        return try await connection.call(
            .post, "/v3/assets",
            body: .multipartFile(
                file, fieldName: "file", fileName: file.lastPathComponent, contentType: contentType.rawValue),
            headers: keyHeader(idempotencyKey), replayable: idempotencyKey != nil)
    }

    /// `POST /v3/avatars` `type: photo`: a new character from an asset, or a new look in `groupID`.
    public func createPhotoAvatar(
        name: String, assetID: String, groupID: String?, idempotencyKey: String?
    )
        async throws -> V3CreatedAvatar
    {
        try Validate.name(name)
        try Validate.nonEmpty(assetID, "asset_id")
        struct Body: Encodable {
            let type = "photo"
            let name: String
            let file: AssetInput
            let avatar_group_id: String?
        }
        return try await connection.call(
            .post, "/v3/avatars",
            body: .json(Body(name: name, file: AssetInput(assetID: assetID), avatar_group_id: groupID)),
            headers: keyHeader(idempotencyKey), replayable: idempotencyKey != nil)
    }

    /// `GET /v3/avatars/looks/{id}`.
    public func look(id: String) async throws -> V3Look {
        try await connection.call(.get, "/v3/avatars/looks/\(validatedID(id, "look id"))")
    }

    /// `GET /v3/avatars/looks`: one page (`limit` 1–50, default 20).
    public func looksPage(
        groupID: String? = nil, limit: Int? = nil, token: String? = nil
    ) async throws -> V3Page<V3Look> {
        var query: [URLQueryItem] = []
        if let groupID { query.append(URLQueryItem(name: "group_id", value: groupID)) }
        if groupID == nil {
            query += [
                URLQueryItem(name: "avatar_type", value: "photo_avatar"),
                URLQueryItem(name: "ownership", value: "private"),
            ]
        }
        return try await connection.call(
            .get, "/v3/avatars/looks", query: query + Self.paging(limit: limit, token: token), location: .wholeBody)
    }

    /// Every look (of `groupID`, or every private photo look), following `next_token` to the end.
    public func allLooks(groupID: String? = nil, pageSize: Int = 50) async throws -> [V3Look] {
        try await Self.collect { token in try await looksPage(groupID: groupID, limit: pageSize, token: token) }
    }

    /// `GET /v3/avatars/{id}`.
    public func group(id: String) async throws -> V3Group {
        try await connection.call(.get, "/v3/avatars/\(validatedID(id, "group id"))")
    }

    /// Every private avatar group, following `next_token` to the end.
    public func allGroups(pageSize: Int = 50) async throws -> [V3Group] {
        try await Self.collect { token in
            try await connection.call(
                .get, "/v3/avatars",
                query: [URLQueryItem(name: "ownership", value: "private")] + Self.paging(limit: pageSize, token: token),
                location: .wholeBody)
        }
    }

    /// `DELETE /v3/avatars/looks/{id}`; deleting a group's last look deletes the group.
    public func deleteLook(id: String) async throws {
        let _: IgnoredPayload = try await connection.call(.delete, "/v3/avatars/looks/\(validatedID(id, "look id"))")
    }

    /// `DELETE /v3/avatars/{id}`: the group and all its looks.
    public func deleteGroup(id: String) async throws {
        let _: IgnoredPayload = try await connection.call(.delete, "/v3/avatars/\(validatedID(id, "group id"))")
    }

    /// `POST /v3/videos`; returns the video id.
    public func createVideo(_ request: V3VideoRequest, idempotencyKey: String?) async throws -> String {
        let started: V3VideoStarted = try await connection.call(
            .post, "/v3/videos", body: .json(request), headers: keyHeader(idempotencyKey),
            replayable: idempotencyKey != nil)
        return started.videoID
    }

    /// `GET /v3/videos/{id}`, in the same shape as the v2 status.
    public func videoStatus(id: String) async throws -> VideoStatus {
        let video: V3Video = try await connection.call(.get, "/v3/videos/\(validatedID(id, "video id"))")
        return video.normalized
    }

    static func paging(limit: Int?, token: String?) -> [URLQueryItem] {
        var query: [URLQueryItem] = []
        if let limit { query.append(URLQueryItem(name: "limit", value: String(min(max(limit, 1), 50)))) }
        if let token { query.append(URLQueryItem(name: "token", value: token)) }
        return query
    }

    /// Follows a cursor: stops when `has_more` is false or the token repeats (at most 10 000 pages).
    /// With `limit`, stops as soon as that many items arrived.
    static func collect<Item>(
        limit: Int? = nil, _ page: (String?) async throws -> V3Page<Item>
    ) async throws -> [Item] {
        var items: [Item] = []
        var token: String?
        var seen: Set<String> = []
        for _ in 0..<10_000 {
            let current = try await page(token)
            items += current.data
            if let limit, items.count >= limit { return Array(items.prefix(limit)) }
            guard current.hasMore, let next = current.nextToken, seen.insert(next).inserted else { return items }
            token = next
        }
        return items
    }
}
