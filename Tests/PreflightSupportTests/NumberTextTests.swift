import PreflightSupport
import Testing

struct NumberTextTests {
    @Test(arguments: [
        (35.0, "35"), (28.4, "28.4"), (0.125, "0.125"), (0.1234, "0.123"), (2.0004, "2"), (-1.5, "-1.5"),
        (1e20, "1e+20"), (Double.infinity, "inf"), (Double.nan, "nan"),
    ])
    func reportsRoundToThreeDecimalsAndDropTrailingZeros(value: Double, text: String) {
        #expect(NumberText.format(value) == text)
    }

    @Test func decimalsCanBeChosenOrLeftUnrounded() {
        #expect(NumberText.format(123.456, decimals: 0) == "123")
        #expect(NumberText.format(3.14159, decimals: 2) == "3.14")
        #expect(NumberText.format(0.1 + 0.2, decimals: nil) == "0.30000000000000004")
        #expect(NumberText.format(512, decimals: nil) == "512")
    }
}
