import CXlsxWriter

/// A cell format owned by its workbook (libxlsxwriter frees formats when the workbook closes).
public struct XlsxFormat {
    let handle: UnsafeMutablePointer<lxw_format>
}
