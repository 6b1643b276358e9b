import ArgumentParser
import Foundation
import HeyGen

extension PhotoPreflightCommand {
    /// `photo-preflight avatar …`: photo avatars, groups, training and AI photo generation.
    struct Avatar: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Inspect and manage HeyGen photo avatars and groups.",
            subcommands: [
                Status.self, List.self, Delete.self, DeleteGroup.self, Train.self, TrainingStatus.self,
                Generate.self, GenerationStatus.self, Pick.self,
            ])
    }
}

/// Builds the v2 API from options, refusing v3 for a v2-only command.
func v2API(_ options: HeyGenOptions, command: String) throws -> HeyGenV2API {
    if try options.apiVersion() == .v3 {
        throw HeyGenError.unsupported("\(command) exists only in HeyGen's v2 API; run it with --api v2")
    }
    return HeyGenV2API(connection: try options.connection())
}

/// Prints `value` as JSON, or `text` lines.
func emit<Value: Encodable>(_ value: Value, format: HeyGenOutputFormat, text: () -> [String]) throws {
    switch format {
    case .json: try printJSON(value)
    case .text: text().forEach { print($0) }
    }
}

/// A waiter for CLI `--wait` flags: 2 s growing to 30 s, deadline `seconds`.
func cliWaiter(seconds: Int) -> Waiter {
    Waiter(policy: WaitPolicy(interval: .seconds(2), maxInterval: .seconds(30), deadline: .seconds(seconds)))
}

extension PhotoPreflightCommand.Avatar {
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a photo avatar (look) and its status.")
        @Argument(help: "Photo avatar or look id.") var id: String
        @Flag(help: "Wait until it is completed or failed.") var wait = false
        @Option(help: "Seconds to wait at most.") var timeout = 900
        @OptionGroup var heygen: HeyGenOptions

        func run() async throws {
            try await withCLIErrors {
                let id = self.id
                let waiter = cliWaiter(seconds: timeout)
                switch try heygen.client() {
                case .v2(let api):
                    let avatar =
                        wait
                        ? try await waiter.wait {
                            try await api.photoAvatar(id: id)
                        } classify: {
                            StatusAcceptor.state(of: $0.status, message: $0.moderationMessage)
                        } : try await api.photoAvatar(id: id)
                    try emit(avatar, format: heygen.format) {
                        ["\(avatar.id)  \(avatar.status ?? "?")  group \(avatar.groupID ?? "-")  \(avatar.name ?? "")"]
                    }
                case .v3(let api):
                    let look =
                        wait
                        ? try await waiter.wait {
                            try await api.look(id: id)
                        } classify: {
                            $0.state
                        }
                        : try await api.look(id: id)
                    try emit(look, format: heygen.format) {
                        ["\(look.id)  \(look.status ?? "?")  group \(look.groupID ?? "-")  \(look.name ?? "")"]
                    }
                }
            }
        }
    }

    struct List: AsyncParsableCommand {
        enum What: String, ExpressibleByArgument, CaseIterable {
            case talkingPhotos = "talking-photos"
            case groups
            case looks
        }

        static let configuration = CommandConfiguration(abstract: "List talking photos, groups, or a group's looks.")
        @Argument(help: "talking-photos, groups or looks.") var what: What = .talkingPhotos
        @Option(help: "Group id (for looks).") var group: String?
        @OptionGroup var heygen: HeyGenOptions

        func validate() throws {
            if what == .looks && group == nil { throw ValidationError("list looks needs --group ID") }
        }

        func run() async throws {
            try await withCLIErrors {
                switch try heygen.client() {
                case .v2(let api): try await listV2(api)
                case .v3(let api): try await listV3(api)
                }
            }
        }

        func listV2(_ api: HeyGenV2API) async throws {
            switch what {
            case .talkingPhotos:
                let photos = try await api.talkingPhotos()
                try emit(photos, format: heygen.format) { photos.map(\.id) }
            case .groups:
                let groups = try await api.avatarGroups()
                try emit(groups, format: heygen.format) {
                    groups.map { "\($0.id)  \($0.name ?? "")  looks \($0.lookCount.map(String.init) ?? "?")" }
                }
            case .looks:
                let looks = try await api.groupLooks(groupID: group ?? "")
                try emit(looks, format: heygen.format) { looks.map { "\($0.id)  \($0.status ?? "?")" } }
            }
        }

        func listV3(_ api: HeyGenV3API) async throws {
            switch what {
            case .groups:
                let groups = try await api.allGroups()
                try emit(groups, format: heygen.format) {
                    groups.map { "\($0.id)  \($0.name)  looks \($0.looksCount.map(String.init) ?? "?")" }
                }
            case .looks, .talkingPhotos:
                let looks = try await api.allLooks(groupID: what == .looks ? group : nil)
                try emit(looks, format: heygen.format) { looks.map { "\($0.id)  \($0.status ?? "?")" } }
            }
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete one photo avatar (look).")
        @Argument(help: "Photo avatar or look id.") var id: String
        @OptionGroup var heygen: HeyGenOptions

        func run() async throws {
            try await withCLIErrors {
                switch try heygen.client() {
                case .v2(let api): try await api.deletePhotoAvatar(id: id)
                case .v3(let api): try await api.deleteLook(id: id)
                }
                print("deleted \(id)")
            }
        }
    }

    struct DeleteGroup: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a group and all its looks.")
        @Argument(help: "Group id.") var id: String
        @OptionGroup var heygen: HeyGenOptions

        func run() async throws {
            try await withCLIErrors {
                switch try heygen.client() {
                case .v2(let api): try await api.deleteAvatarGroup(id: id)
                case .v3(let api): try await api.deleteGroup(id: id)
                }
                print("deleted group \(id)")
            }
        }
    }

    struct Train: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Train a group (v2 only).")
        @Argument(help: "Group id.") var groupID: String
        @Flag(help: "Wait until training is ready or failed.") var wait = false
        @Option(help: "Seconds to wait at most.") var timeout = 1800
        @OptionGroup var heygen: HeyGenOptions

        func run() async throws {
            try await withCLIErrors {
                let api = try v2API(heygen, command: "avatar train")
                let started = try await api.train(groupID: groupID)
                print("training started\(started.flowID.map { " (flow \($0))" } ?? "")")
                guard wait else { return }
                let groupID = self.groupID
                let status = try await cliWaiter(seconds: timeout).wait {
                    try await api.trainingStatus(groupID: groupID)
                } classify: {
                    StatusAcceptor.state(of: $0.status, message: $0.errorMessage)
                }
                print("training \(status.status)")
            }
        }
    }

    struct TrainingStatus: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a group's training status (v2 only).")
        @Argument(help: "Group id.") var groupID: String
        @OptionGroup var heygen: HeyGenOptions

        func run() async throws {
            try await withCLIErrors {
                let status = try await v2API(heygen, command: "avatar training-status").trainingStatus(groupID: groupID)
                try emit(status, format: heygen.format) { ["\(status.status)  \(status.errorMessage ?? "")"] }
            }
        }
    }
}
