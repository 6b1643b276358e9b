import ArgumentParser
import PhotoPreflight

extension Shard: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}

/// `--shard K/N`, shared by `check` and `fix`: take only this machine's share of the collected photos.
struct ShardOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            """
            Take only share K of N of the photos (1 ≤ K ≤ N), chosen by a stable hash of each photo's path \
            relative to its folder: N jobs with 1/N … N/N together take every photo exactly once, and adding \
            photos never moves others between shares. Merge the N JSON reports with `merge`.
            """, valueName: "K/N"))
    var shard: Shard?

    /// `files`, or the share of them that `--shard` names.
    func select(_ files: [PhotoFile]) -> [PhotoFile] {
        shard?.select(files) ?? files
    }
}
