/// The re-encoding path of `fix`: decode, orient, crop to the face frame, downscale, encode within the byte
/// budget. HEIC/HEIF, WebP and AVIF take this path too, converted to JPEG (see ``FormatConversion``).
struct PixelPipeline {
    var options: FixOptions
    /// The pixel limit of the checks, enforced before decoding.
    var maxPixels: Int

    /// The encoded result and the steps taken.
    struct Output {
        var bytes: [UInt8]
        var format: ImageFormat
        var quality: Int?
        var actions: [FixAction]
        /// The input's ICC profile was dropped because it describes other colours (e.g. CMYK).
        var droppedICCProfile = false
        /// A converted format's metadata, none of which the JPEG carries unless kept: `EXIF`, `GPS`, `XMP`.
        var convertedMetadata: [String] = []
        /// The converted file had an EXIF block.
        var convertedEXIF = false
    }

    /// Why re-encoding failed.
    struct Failure: Error {
        var reason: String
    }

    /// `framing` with a crop cuts the upright pixels to it before the downscale.
    func run(_ bytes: [UInt8], header: ImageHeader, exif: [UInt8]?, framing: Framing? = nil) throws(Failure) -> Output {
        let orientation = header.orientation ?? .up
        let crop = framing?.crop
        // The size to fit into --max-side: the crop when there is one, else the whole upright photo.
        let upright = crop.map { (width: $0.width, height: $0.height) } ?? header.displayedSize
        let target = Raster.fittedSize(width: upright.width, height: upright.height, maxSide: options.maxSide)
        let converting = !header.format.isAccepted
        var request = DecodeRequest(
            maxPixels: maxPixels, layout: header.components == 1 ? .gray : .rgb, background: options.background,
            readsICCProfile: true, readsMetadata: converting)
        if header.format == .jpeg && target.width < upright.width && crop == nil {
            request.minimumShortSide = Self.dctShortSide(
                width: header.width, height: header.height, longSide: max(target.width, target.height))
        }
        let decoded: DecodedImage
        do {
            decoded = try ImageDecoder.decode(bytes, request: request)
        } catch {
            throw Failure(reason: "cannot decode: \(error.message)")
        }
        var actions = converting ? FormatConversion.actions(for: header) : []
        var raster = decoded.raster
        var pending = orientation
        if let framing, let crop {
            raster = try Self.framed(raster.applying(orientation), to: crop)
            pending = .up
            actions.append(FixAction(kind: "frame", detail: framing.detail))
        }
        // Shrink first, in stored orientation, so that turning moves the fewest pixels.
        if target.width < upright.width {
            let stored = pending.swapsDimensions ? (target.height, target.width) : (target.width, target.height)
            raster = raster.downscaled(width: stored.0, height: stored.1)
            let dct = decoded.scaleDenominator > 1 ? "DCT 1/\(decoded.scaleDenominator) then Lanczos-3" : "Lanczos-3"
            actions.append(
                FixAction(
                    kind: "downscale",
                    detail: "\(upright.width)×\(upright.height) → \(target.width)×\(target.height) (\(dct))"))
        }
        raster = raster.applying(pending)
        if orientation != .up {
            actions.insert(
                FixAction(
                    kind: "orient",
                    detail: "\(orientation.transformDescription) (\(Self.orientationSource(header)))"),
                at: converting ? 1 : 0)
        }
        if header.hasAlpha {
            let colour = String(options.background, radix: 16, uppercase: true)
            let padded = String(repeating: "0", count: max(0, 6 - colour.count)) + colour
            actions.append(FixAction(kind: "flatten-alpha", detail: "transparency composited onto #\(padded)"))
        }
        let sourceEXIF = exif ?? decoded.exif
        let exifOut =
            options.keepsMetadata ? sourceEXIF.flatMap { EXIFDirectory(tiff: $0)?.withOrientationUp() } : nil
        var icc = decoded.iccProfile.flatMap { Self.profile($0, fits: raster.channels) }
        if converting, let profile = icc, raster.channels == 3 {
            let colour = FormatConversion.toSRGB(&raster, profile: profile)
            actions.append(colour.action)
            if colour.converted { icc = nil }
        }
        var output = try encode(raster, from: header.format, icc: icc, exif: exifOut, actions: actions)
        output.droppedICCProfile = decoded.iccProfile != nil && icc == nil && !converting
        if converting {
            output.convertedMetadata = FormatConversion.metadataKinds(exif: decoded.exif, header: header)
            output.convertedEXIF = decoded.exif != nil
        }
        return output
    }

    /// Where the orientation applied came from, for the `orient` action.
    private static func orientationSource(_ header: ImageHeader) -> String {
        let value = header.orientation?.rawValue ?? 1
        return header.format == .avif ? "AVIF irot/imir, as EXIF orientation \(value)" : "EXIF orientation \(value)"
    }

    /// `profile` when its colour space (header bytes 16-19) matches pixels with `channels` channels; a CMYK
    /// profile must not describe the RGB pixels a CMYK JPEG decodes to.
    static func profile(_ profile: [UInt8], fits channels: Int) -> [UInt8]? {
        guard profile.count >= 20 else { return nil }
        let space = String(decoding: profile[16..<20], as: UTF8.self)
        return space == (channels == 1 ? "GRAY" : "RGB ") ? profile : nil
    }

    /// The shorter stored side to ask the JPEG decoder for, so that its DCT scaling (1/2, 1/4, 1/8) stops at
    /// the largest reduction whose longer side still reaches `longSide`.
    static func dctShortSide(width: Int, height: Int, longSide: Int) -> Int {
        let stored = (long: max(width, height), short: min(width, height))
        for denominator in [8, 4, 2] where (stored.long + denominator - 1) / denominator >= longSide {
            return (stored.short + denominator - 1) / denominator
        }
        return stored.short
    }

    private func encode(
        _ raster: Raster, from format: ImageFormat, icc: [UInt8]?, exif: [UInt8]?, actions: [FixAction]
    ) throws(Failure) -> Output {
        var actions = actions
        do {
            if format == .png {
                let png = try ImageEncoder.png(raster, iccProfile: icc, exif: exif)
                if png.count <= options.maxBytes {
                    actions.append(FixAction(kind: "encode", detail: "PNG, \(png.count) bytes"))
                    return Output(bytes: png, format: .png, quality: nil, actions: actions)
                }
                actions.append(
                    FixAction(
                        kind: "convert",
                        detail: "PNG of \(png.count) bytes exceeds \(options.maxBytes) bytes: encoded as JPEG"))
            }
            let search = QualitySearch(range: options.qualityFloor...options.qualityCeiling, maxBytes: options.maxBytes)
            let outcome = try search.run { quality throws(EncodeError) in
                try ImageEncoder.jpeg(raster, quality: quality, iccProfile: icc, exif: exif)
            }
            switch outcome {
            case .success(let found):
                actions.append(
                    FixAction(kind: "encode", detail: "JPEG quality \(found.quality), \(found.bytes.count) bytes"))
                return Output(bytes: found.bytes, format: .jpeg, quality: found.quality, actions: actions)
            case .failure(let failure):
                throw Failure(
                    reason: "does not fit in \(options.maxBytes) bytes even at JPEG quality \(failure.floor) "
                        + "(\(failure.floorBytes) bytes); lower --max-side or --quality-floor")
            }
        } catch let error as Failure {
            throw error
        } catch {
            throw Failure(reason: "cannot encode: \(error)")
        }
    }
}
