// A strict RFC 4180 reader for the tests: every record ends in CRLF, a field is either plain
// (no quote, comma, CR or LF) or quoted with "" for a quote, and every record has as many
// fields as the header. Anything else throws, naming where: a lenient parser would guess.

export function parseStrictCsv(text: string): { header: string[]; records: string[][] } {
  const records: string[][] = [];
  let record: string[] = [];
  let at = 0;
  const fail = (why: string) => {
    throw new Error(`not RFC 4180 CSV at character ${at} (record ${records.length + 1}): ${why}`);
  };
  while (at < text.length) {
    let field = "";
    if (text[at] === '"') {
      at += 1;
      for (;;) {
        if (at >= text.length) fail("unterminated quoted field");
        if (text[at] === '"') {
          if (text[at + 1] === '"') {
            field += '"';
            at += 2;
            continue;
          }
          at += 1;
          break;
        }
        field += text[at];
        at += 1;
      }
    } else {
      while (at < text.length && !/[",\r\n]/.test(text[at] ?? "")) {
        field += text[at];
        at += 1;
      }
      if (text[at] === '"') fail("a quote inside a plain field");
    }
    record.push(field);
    if (text[at] === ",") {
      at += 1;
      continue;
    }
    if (text.startsWith("\r\n", at)) {
      at += 2;
      records.push(record);
      record = [];
      continue;
    }
    fail(at >= text.length ? "the last record does not end in CRLF" : "a bare CR or LF");
  }
  const [header, ...rest] = records;
  if (!header) throw new Error("no header row");
  rest.forEach((row, index) => {
    if (row.length !== header.length) {
      throw new Error(`record ${index + 2} has ${row.length} fields, the header ${header.length}`);
    }
  });
  return { header, records: rest };
}
