extension PhotoFixer {
    /// Where `fix --frame` crops `bytes`: the face check of `preflight` runs on the original (the same
    /// detector wiring as `check`), then ``FaceFraming`` places the frame; nil when framing is off.
    func framing(of bytes: [UInt8]) -> Framing? {
        guard options.framesFace else { return nil }
        guard preflight.configuration.faceDetector != nil else {
            return Framing(crop: nil, detail: "not framed: the face check is switched off")
        }
        let faces = bytes.withUnsafeBytes { preflight.analyze(bytes: $0, name: "", path: "").facts.faces }
        guard let faces else { return Framing(crop: nil, detail: "not framed: the face check did not run") }
        let configuration = preflight.configuration
        return FaceFraming(
            thresholds: configuration.faceThresholds, minimumSide: configuration.minimumSide, maxSide: options.maxSide
        )
        .frame(faces)
    }
}

extension PixelPipeline {
    /// The upright `raster` cut to `crop`; fails when the crop does not lie inside it.
    static func framed(_ raster: Raster, to crop: CropBox) throws(Failure) -> Raster {
        guard crop.x >= 0, crop.y >= 0, crop.width > 0, crop.height > 0, crop.maxX <= raster.width,
            crop.maxY <= raster.height
        else {
            throw Failure(
                reason: "cannot frame: the crop \(crop.width)×\(crop.height) at (\(crop.x), \(crop.y)) lies outside "
                    + "the \(raster.width)×\(raster.height) image")
        }
        return raster.cropped(x: crop.x, y: crop.y, width: crop.width, height: crop.height)
    }
}
