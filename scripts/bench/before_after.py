#!/usr/bin/env python3
"""Before and after a change of the tool's infrastructure, side by side in one run (issue 27):

- SHA-256 of the largest benchmark year's input files: the implementation of commit BEFORE (its C file,
  taken from git) against swift-crypto's, in turns, in one small program built here;
- reading the 100k-record .xlsx ledger (`validate --timings`, its 读取 phase): the release binary of
  commit BEFORE (built in a git worktree) against the current one, in turns.

Usage: before_after.py BEFORE [--runs 5]   (from the repository root, after xlsx_read.py made the ledger;
scripts/benchmark runs it with `--before BEFORE`)
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys

WORK = os.path.abspath(".build-bench/before-after")

DIGEST_PACKAGE = """// swift-tools-version:6.0
import PackageDescription
let package = Package(
    name: "digests",
    dependencies: [.package(url: "https://github.com/apple/swift-crypto", from: "3.12.3")],
    targets: [
        .target(name: "CBefore"),
        .executableTarget(name: "digests", dependencies: ["CBefore", .product(name: "Crypto", package: "swift-crypto")]),
    ]
)
"""

DIGEST_MAIN = """import CBefore
import Crypto
import Foundation

// Every .csv under the folder, in memory first; then each implementation over all of them, in turns.
let folder = CommandLine.arguments[1]
let rounds = Int(CommandLine.arguments[2])!
var files: [[UInt8]] = []
for case let path as String in FileManager.default.enumerator(atPath: folder)! where path.hasSuffix(".csv") {
    files.append(Array(FileManager.default.contents(atPath: folder + "/" + path)!))
}
func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}
var before: [Double] = [], after: [Double] = [], agree = true
for _ in 0..<rounds {
    var own: [[UInt8]] = []
    before.append(seconds {
        for file in files {
            var digest = [UInt8](repeating: 0, count: 32)
            _ = file.withUnsafeBufferPointer { input in digest.withUnsafeMutableBufferPointer { unioneval_sha256(input.baseAddress, input.count, $0.baseAddress) } }
            own.append(digest)
        }
    })
    var crypto: [[UInt8]] = []
    after.append(seconds { for file in files { crypto.append(Array(SHA256.hash(data: file))) } })
    // The C code answers 0 on a CPU without SHA instructions (the old binary then used portable Swift).
    agree = agree && (own == crypto || own.allSatisfy { $0.allSatisfy { $0 == 0 } })
}
print("files \\(files.count) bytes \\(files.reduce(0) { $0 + $1.count }) before \\(before.sorted()[rounds / 2]) after \\(after.sorted()[rounds / 2]) agree \\(agree)")
"""


def run(command, cwd=None):
    return subprocess.run(command, cwd=cwd, check=True, capture_output=True, text=True).stdout


def build_before(revision):
    """The release binary of `revision`, built once in a worktree (it reuses the offline packages)."""
    tree = f"{WORK}/tree-{revision}"
    binary = f"{tree}/.build/release/unioneval"
    if not os.path.exists(binary):
        subprocess.run(["git", "worktree", "remove", "--force", tree], capture_output=True)
        shutil.rmtree(tree, ignore_errors=True)
        run(["git", "worktree", "add", "--detach", tree, revision])
        print(f"building {revision} …", file=sys.stderr)
        subprocess.run(["swift", "build", "-c", "release", "--product", "unioneval"], cwd=tree, check=True,
                       stdout=subprocess.DEVNULL)
    return binary


def digests(revision, year, rounds):
    package = f"{WORK}/digests"
    os.makedirs(f"{package}/Sources/CBefore/include", exist_ok=True)
    os.makedirs(f"{package}/Sources/digests", exist_ok=True)
    with open(f"{package}/Package.swift", "w") as handle:
        handle.write(DIGEST_PACKAGE)
    with open(f"{package}/Sources/digests/main.swift", "w") as handle:
        handle.write(DIGEST_MAIN)
    for source, target in (("Sources/CSHA256/sha256.c", "Sources/CBefore/sha256.c"),
                           ("Sources/CSHA256/include/csha256.h", "Sources/CBefore/include/csha256.h")):
        with open(f"{package}/{target}", "w") as handle:
            handle.write(run(["git", "show", f"{revision}:{source}"]))
    print("building the digest comparison …", file=sys.stderr)
    subprocess.run(["swift", "build", "-c", "release"], cwd=package, check=True, stdout=subprocess.DEVNULL)
    line = run([f"{package}/.build/release/digests", year, str(rounds)])
    values = dict(zip(line.split()[::2], line.split()[1::2]))
    return int(values["files"]), int(values["bytes"]), float(values["before"]), float(values["after"]), values["agree"] == "true"


def read_time(binary, folder):
    result = subprocess.run([binary, "validate", "--inputs", folder, "--timings"], capture_output=True, text=True)
    return float(re.search(r"读取 ([0-9.]+) s", result.stderr).group(1))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("before", help="the commit before the change, e.g. 98af150")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.makedirs(WORK, exist_ok=True)
    revision = run(["git", "rev-parse", "--short", args.before]).strip()
    years = [f".build-bench/data-{size}" for size in ("1M", "100k", "10k") if os.path.exists(f".build-bench/data-{size}")]
    ledger_year = ".build-bench/xlsx/year-100000"
    if not years or not os.path.exists(ledger_year):
        sys.exit("run the benchmark first: it makes the years and the .xlsx ledger")
    before_binary = build_before(revision)
    files, size, hash_before, hash_after, agree = digests(revision, years[0], args.runs)
    reads = {"before": [], "after": []}
    for _ in range(args.runs):
        reads["before"].append(read_time(before_binary, ledger_year))
        reads["after"].append(read_time(".build/release/unioneval", ledger_year))
    print(f"\nBefore ({revision}) and after, medians of {args.runs} in turns:")
    print(f"  SHA-256 of {years[0]} ({files} files, {size / 2**20:.0f} MB): own C {hash_before:.3f} s, "
          f"swift-crypto {hash_after:.3f} s; digests {'equal' if agree else 'DIFFER'}")
    print(f"  reading the 100k .xlsx ledger (validate 读取): before {statistics.median(reads['before']):.2f} s, "
          f"after {statistics.median(reads['after']):.2f} s "
          f"(rounds {', '.join(f'{b:.2f}/{a:.2f}' for b, a in zip(reads['before'], reads['after']))})")


if __name__ == "__main__":
    main()
