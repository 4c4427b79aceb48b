import { describe, expect, it } from "vitest";
import { csvCell, csvRow } from "./csv";

describe("CSV", () => {
  it("quotes cells with commas, quotes and line breaks, doubling quotes", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('Dana "DJ", Jr.')).toBe('"Dana ""DJ"", Jr."');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(95)).toBe("95");
  });

  it("keeps formulas as text", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+14155550123")).toBe("'+14155550123");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("-1")).toBe("'-1");
    // Numbers are numbers: a negative count is not a formula.
    expect(csvCell(-1)).toBe("-1");
  });

  it("ends rows with CRLF", () => {
    expect(csvRow(["a", 1, null, true])).toBe("a,1,,true\r\n");
  });
});
