// The committed icons are what assets/icons/make-icons.js draws (run it to redraw them).
import { readFileSync } from "node:fs";
import path from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const icons = require("../../assets/icons/make-icons.js") as {
  SIZES: number[];
  png: (size: number) => Buffer;
  fileName: (size: number) => string;
};

test.each([16, 32, 64, 80, 128])("icon-%i.png matches the generator", (size) => {
  expect(icons.SIZES).toContain(size);
  const file = readFileSync(path.join(__dirname, "../../assets/icons", icons.fileName(size)));
  expect(file.equals(icons.png(size))).toBe(true);
  expect([file.readUInt32BE(16), file.readUInt32BE(20)]).toEqual([size, size]);
});
