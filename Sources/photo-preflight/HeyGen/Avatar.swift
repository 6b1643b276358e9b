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
                Generate.self, GenerationStatus.self, Pick.self, Prompt.self,
            ])
    }
}

extension PhotoPreflightCommand.Avatar {
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a photo avatar (look) and its status.")
        @Argument(help: "Photo avatar or look id.") var id: String
        @Flag(help: "Wait until it is completed or failed.") var wait = false
        @Option(help: "Seconds to wait at most.") var timeout = 900
        @OptionGroup var heygen: HeyGenOptions

        func run() async throws {
            try await withCLIErrors(heygen) {
                let (service, id) = (try heygen.service(), self.id)
                let avatar: AvatarRecord
                if wait {
                    avatar = try await Waiter.forCommand(seconds: timeout).wait {
                        try await service.avatar(id: id)
                    } classify: {
                        $0.state
                    }
                } else {
                    avatar = try await service.avatar(id: id)
                }
                try emit(avatar.output, format: heygen.format)
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
            let listing: AvatarListing =
                switch what {
                case .talkingPhotos: .talkingPhotos
                case .groups: .groups
                case .looks: .looks(groupID: group ?? "")
                }
            try await withCLIErrors(heygen) {
                try emit(try await heygen.service().list(listing), format: heygen.format)
            }
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete one photo avatar (look).")
        @Argument(help: "Photo avatar or look id.") var id: String
        @OptionGroup var heygen: HeyGenOptions

        func run() async throws {
            try await withCLIErrors(heygen) {
                try await heygen.service().deleteAvatar(id: id)
                print("deleted \(id)")
            }
        }
    }

    struct DeleteGroup: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a group and all its looks.")
        @Argument(help: "Group id.") var id: String
        @OptionGroup var heygen: HeyGenOptions

        func run() async throws {
            try await withCLIErrors(heygen) {
                try await heygen.service().deleteGroup(id: id)
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

        func validate() throws { try heygen.require(.training, for: "avatar train") }

        func run() async throws {
            try await withCLIErrors(heygen) {
                let (service, groupID) = (try heygen.service(), self.groupID)
                let started = try await service.startTraining(groupID: groupID)
                print("training started\(started.flowID.map { " (flow \($0))" } ?? "")")
                guard wait else { return }
                let status = try await Waiter.forCommand(seconds: timeout).wait {
                    try await service.trainingStatus(groupID: groupID)
                } classify: {
                    $0.state
                }
                print("training \(status.status)")
            }
        }
    }

    struct TrainingStatus: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a group's training status (v2 only).")
        @Argument(help: "Group id.") var groupID: String
        @OptionGroup var heygen: HeyGenOptions

        func validate() throws { try heygen.require(.training, for: "avatar training-status") }

        func run() async throws {
            try await withCLIErrors(heygen) {
                let status = try await heygen.service().trainingStatus(groupID: groupID)
                try emit(status, format: heygen.format) { ["\(status.status)  \(status.errorMessage ?? "")"] }
            }
        }
    }
}
