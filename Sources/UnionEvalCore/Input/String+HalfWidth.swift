extension String {
    /// Full-width digits and the separators dates use (－ ／ ．), as some input methods type them, in
    /// their ASCII forms; everything else as it is.
    var withHalfWidthDigits: String {
        guard utf8.contains(0xEF) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { scalar -> Unicode.Scalar in
            switch scalar.value {
            case 0xFF10...0xFF19, 0xFF0D, 0xFF0E, 0xFF0F: return Unicode.Scalar(scalar.value - 0xFEE0)!
            default: return scalar
            }
        }))
    }
}
