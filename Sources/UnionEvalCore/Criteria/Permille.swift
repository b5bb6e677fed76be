/// A share scaled by 1000, written as the rubric writes it: 40% (not 40.0%), 12.5%.
enum Permille {
    static func percentText(_ permille: Int) -> String {
        permille % 10 == 0 ? "\(permille / 10)%" : "\(Points(tenths: permille))%"
    }
}
