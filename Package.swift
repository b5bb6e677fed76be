// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "UnionEval",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "unioneval", targets: ["unioneval"]),
        .library(name: "UnionEvalCore", targets: ["UnionEvalCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .systemLibrary(
            name: "CFreeXL",
            pkgConfig: "freexl",
            providers: [.apt(["libfreexl-dev"])]
        ),
        // zlib's crc32 for the .xlsx parts the workbook reader inflates (zlib is linked for ZIPFoundation anyway).
        .systemLibrary(
            name: "SystemZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // Pure core: parse -> validate -> score -> rank -> report model. No file I/O, no C.
        .target(
            name: "UnionEvalCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // Workbook readers the shell hands to the core: .xlsx (ZIPFoundation + a DTD-free XML scanner) and .xls (FreeXL).
        .target(
            name: "UnionEvalWorkbooks",
            dependencies: ["UnionEvalCore", "CFreeXL", "SystemZlib", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Writes .docx documents (表彰决定) from the core's WordDocument: WordprocessingML parts zipped by ZIPFoundation.
        .target(
            name: "UnionEvalDocx",
            dependencies: ["UnionEvalCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // The input fingerprints (SHA-256) the shell hands to the core, through swift-crypto.
        .target(
            name: "UnionEvalDigest",
            dependencies: ["UnionEvalCore", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // Owns every libxlsxwriter lifetime; renders report models to .xlsx files (and stages the .docx beside them).
        .target(
            name: "UnionEvalXlsx",
            dependencies: ["CXlsxWriter", "UnionEvalCore", "UnionEvalDocx"]
        ),
        .executableTarget(
            name: "unioneval",
            dependencies: [
                "UnionEvalCore",
                "UnionEvalXlsx",
                "UnionEvalWorkbooks",
                "UnionEvalDigest",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "UnionEvalCoreTests",
            dependencies: ["UnionEvalCore", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Fixtures")]
        ),
        // libFuzzer targets (scripts/fuzz builds them with -sanitize=fuzzer and -DFUZZING; plain builds get a stub main).
        .target(name: "FuzzSupport", path: "Fuzz/Sources/FuzzSupport"),
        .executableTarget(name: "FuzzCSVDecoder", dependencies: ["UnionEvalCore", "FuzzSupport"], path: "Fuzz/Sources/FuzzCSVDecoder"),
        .executableTarget(name: "FuzzLedgerReader", dependencies: ["UnionEvalCore", "FuzzSupport"], path: "Fuzz/Sources/FuzzLedgerReader"),
        .executableTarget(
            name: "FuzzWorkbookReader", dependencies: ["UnionEvalCore", "UnionEvalWorkbooks", "FuzzSupport"],
            path: "Fuzz/Sources/FuzzWorkbookReader"),
        // Reads generated workbooks back through openpyxl, for the workbook and end-to-end tests.
        .target(
            name: "WorkbookReadBack",
            path: "Tests/WorkbookReadBack",
            exclude: ["read_workbook.py", "read_document.py", "measure_rows.py"]
        ),
        .testTarget(
            name: "UnionEvalXlsxTests",
            dependencies: ["UnionEvalXlsx", "UnionEvalCore", "WorkbookReadBack"]
        ),
        .testTarget(
            name: "UnionEvalWorkbooksTests",
            dependencies: ["UnionEvalWorkbooks", "UnionEvalCore", "WorkbookReadBack"],
            exclude: ["Fixtures/make_fixtures.py"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["unioneval", "WorkbookReadBack", "UnionEvalDigest", "UnionEvalCore", "UnionEvalWorkbooks"],
            exclude: ["fill_templates.py"]
        ),
    ]
)
