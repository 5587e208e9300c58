// manifest.xml checked offline (the online validator, `npm run validate`, needs Microsoft's service): the
// elements Excel needs, a fixed add-in id, one shared runtime (lifetime long) used everywhere, the COSTING
// namespace, the Home tab button, ReadWriteDocument, every resid defined, every URL on the dev origin and
// naming a file the webpack build writes, and icons of the sizes their ids promise.
import { readFileSync } from "node:fs";
import path from "node:path";
import { JSDOM } from "jsdom";
import { LANGS, messages, officeLocale, type MessageKey } from "../../src/i18n";

const ROOT = path.join(__dirname, "../..");
const MANIFEST = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require(path.join(ROOT, "webpack.config.js")) as {
  OUTPUT_FILES: { taskpane: string; functionsScript: string; functionsMetadata: string; icons: string[] };
  DEV_URL: string;
  manifestFor: (content: string, url: string) => string;
};

const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";

const doc = new new JSDOM("").window.DOMParser().parseFromString(MANIFEST, "text/xml");
const all = (local: string): Element[] => Array.from(doc.getElementsByTagNameNS("*", local));
const one = (local: string): Element => {
  const found = all(local);
  expect(found).toHaveLength(1);
  return found[0];
};
const child = (parent: Element, local: string): Element => {
  const found = Array.from(parent.children).filter((c) => c.localName === local);
  expect(found).toHaveLength(1);
  return found[0];
};
const xsiType = (e: Element): string | null => e.getAttributeNS(XSI, "type");

/** Resources: id -> DefaultValue, for bt:Image, bt:Url and bt:String. */
function resources(kind: "Image" | "Url" | "String"): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of Array.from(doc.getElementsByTagNameNS(BT, kind))) {
    if (!e.getAttribute("id")) continue; // <bt:Image size resid> in an Icon is a reference, not a resource
    out.set(e.getAttribute("id")!, e.getAttribute("DefaultValue")!);
  }
  return out;
}
const urls = resources("Url");
const images = resources("Image");
const strings = resources("String");

const resid = (e: Element): string => e.getAttribute("resid") ?? "";

describe("manifest.xml", () => {
  test("is well-formed XML: an Office task pane add-in for Excel", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.documentElement.localName).toBe("OfficeApp");
    expect(xsiType(doc.documentElement)).toBe("TaskPaneApp");
    const hosts = child(doc.documentElement, "Hosts");
    expect(Array.from(hosts.children).map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
  });

  test("has a fixed GUID id, a four-part version and the required descriptive elements", () => {
    expect(one("Id").textContent).toBe("1db79930-79ae-4fcd-bf19-237c52d4866e");
    expect(one("Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    for (const e of ["ProviderName", "DefaultLocale"]) expect(one(e).textContent!.trim()).not.toBe("");
    expect(one("DisplayName").getAttribute("DefaultValue")).toBe("Inventory Costing");
    expect(child(doc.documentElement, "Description").getAttribute("DefaultValue")!.length).toBeLessThanOrEqual(250);
  });

  test("asks for ReadWriteDocument and the shared runtime", () => {
    expect(one("Permissions").textContent).toBe("ReadWriteDocument");
    const set = one("Set");
    expect([set.getAttribute("Name"), set.getAttribute("MinVersion")]).toEqual(["SharedRuntime", "1.1"]);
  });

  test("one runtime, lifetime long, on the task pane page; the same resid for page, functions and button", () => {
    const runtime = one("Runtime");
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const pane = resid(runtime);
    expect(pane).toBe("Taskpane.Url");
    expect(doc.querySelector("Host > Runtimes")).not.toBeNull();
    expect(resid(one("FunctionFile"))).toBe(pane);
    const cf = all("ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions")!;
    expect(resid(child(child(cf, "Page"), "SourceLocation"))).toBe(pane);
    const action = one("Action");
    expect(xsiType(action)).toBe("ShowTaskpane");
    expect(resid(child(action, "SourceLocation"))).toBe(pane);
    // A shared runtime has one task pane: no TaskpaneId (Microsoft's recommendation for lifetime long).
    expect(all("TaskpaneId")).toHaveLength(0);
    expect(doc.querySelector("DefaultSettings > SourceLocation")!.getAttribute("DefaultValue")).toBe(urls.get(pane));
  });

  test("custom functions: script, metadata and the COSTING namespace", () => {
    const cf = all("ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions")!;
    const script = urls.get(resid(child(child(cf, "Script"), "SourceLocation")));
    const metadata = urls.get(resid(child(child(cf, "Metadata"), "SourceLocation")));
    const { DEV_URL, OUTPUT_FILES } = webpackConfig;
    expect(script).toBe(DEV_URL + OUTPUT_FILES.functionsScript);
    expect(metadata).toBe(DEV_URL + OUTPUT_FILES.functionsMetadata);
    expect(strings.get(resid(child(cf, "Namespace")))).toBe("COSTING");
  });

  test('a button "Inventory Costing" on the Home tab, with 16, 32 and 80 px icons', () => {
    const tab = one("OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const control = one("Control");
    expect(xsiType(control)).toBe("Button");
    expect(strings.get(resid(child(control, "Label")))).toBe("Inventory Costing");
    const sizes = Array.from(child(control, "Icon").children).map((i) => i.getAttribute("size"));
    expect(sizes).toEqual(["16", "32", "80"]);
  });

  test("every resid is defined, and every URL is https on the dev origin, naming a file the build writes", () => {
    const defined = new Set([...urls.keys(), ...images.keys(), ...strings.keys()]);
    const used = Array.from(doc.querySelectorAll("[resid]")).map(resid);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((id) => !defined.has(id))).toEqual([]);

    const { DEV_URL, OUTPUT_FILES } = webpackConfig;
    const written = new Set([
      OUTPUT_FILES.taskpane,
      OUTPUT_FILES.functionsScript,
      OUTPUT_FILES.functionsMetadata,
      ...OUTPUT_FILES.icons,
    ]);
    const every = [
      ...urls.values(),
      ...images.values(),
      ...Array.from(doc.querySelectorAll("[DefaultValue]"))
        .map((e) => e.getAttribute("DefaultValue")!)
        .filter((v) => v.startsWith("http")),
    ];
    for (const url of every) {
      expect(url.startsWith(DEV_URL)).toBe(true);
      expect(written).toContain(url.slice(DEV_URL.length));
    }
    expect(one("AppDomains").children).toHaveLength(0); // no external domains
  });

  test("icons: each image resource is a PNG of the size its id names; IconUrl 32 px, high resolution 64 px", () => {
    const { DEV_URL } = webpackConfig;
    const pngSize = (url: string): number => {
      const file = path.join(ROOT, "assets/icons", path.basename(url.slice(DEV_URL.length)));
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(png.readUInt32BE(20)); // square
      return png.readUInt32BE(16);
    };
    for (const [id, url] of images) expect(`Icon.${pngSize(url)}x${pngSize(url)}`).toBe(id);
    expect(pngSize(one("IconUrl").getAttribute("DefaultValue")!)).toBe(32);
    expect(pngSize(one("HighResolutionIconUrl").getAttribute("DefaultValue")!)).toBe(64);
  });

  test("the production manifest has every URL on the public origin", () => {
    const prod = webpackConfig.manifestFor(MANIFEST, "https://costing.example.com/addin");
    expect(prod).not.toContain("localhost");
    expect(prod.match(/https:\/\/costing\.example\.com\/addin\//g)!.length).toBe(
      MANIFEST.match(/https:\/\/localhost:3000\//g)!.length,
    );
  });

  test("name, description and ribbon strings in the seven languages, as the message catalogue words them", () => {
    const tags = ["sv-SE", "de-DE", "da-DK", "nl-NL", "fr-FR", "es-ES"];
    expect(tags.map((t) => t.slice(0, 2)).sort()).toEqual(LANGS.filter((l) => l !== "en").sort());
    const english = messages(officeLocale("en-US"));
    const localized: [Element, MessageKey, number][] = [
      [one("DisplayName"), "manifest.displayName", 125],
      [child(doc.documentElement, "Description"), "manifest.description", 250],
      ...(
        [
          ["GetStarted.Title", "manifest.getStartedTitle", 125],
          ["Costing.Group.Label", "manifest.group", 125],
          ["Costing.OpenPane.Label", "manifest.button", 125],
          ["GetStarted.Description", "manifest.getStartedDescription", 250],
          ["Costing.OpenPane.Tooltip", "manifest.tooltip", 250],
        ] as const
      ).map(([id, key, max]): [Element, MessageKey, number] => [
        Array.from(doc.getElementsByTagNameNS(BT, "String")).find((e) => e.getAttribute("id") === id)!,
        key,
        max,
      ]),
    ];
    for (const [element, key, max] of localized) {
      expect(element.getAttribute("DefaultValue")).toBe(english.t(key as "manifest.button"));
      // <Override> in DisplayName and Description (the manifest's namespace), <bt:Override> in a bt:String.
      const namespace = element.namespaceURI === BT ? BT : doc.documentElement.namespaceURI;
      const overrides = Array.from(element.children).filter((c) => c.localName === "Override");
      expect(overrides.every((o) => o.namespaceURI === namespace)).toBe(true);
      expect(overrides.map((o) => o.getAttribute("Locale"))).toEqual(tags);
      for (const o of overrides) {
        const value = o.getAttribute("Value")!;
        expect(value).toBe(messages(officeLocale(o.getAttribute("Locale"))).t(key as "manifest.button"));
        expect(value.length).toBeLessThanOrEqual(max);
        expect(value).not.toBe(element.getAttribute("DefaultValue"));
      }
    }
    // The COSTING namespace is the functions' name in every language: never overridden.
    const namespace = Array.from(doc.getElementsByTagNameNS(BT, "String")).find(
      (e) => e.getAttribute("id") === "Functions.Namespace",
    )!;
    expect(namespace.children).toHaveLength(0);
  });
});
