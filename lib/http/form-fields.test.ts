import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AllTextFields, decodeForm, field } from "./form-fields";

const formOf = (entries: Array<[string, string]>) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe("decodeForm", () => {
  const Form = z.object({
    name: field.text(),
    note: field.optionalText(),
    tags: field.list(),
    on: field.flag(),
    days: field.optionalNumber(),
  });

  it("reads each field by its kind, and only the fields the schema names", () => {
    const form = formOf([
      ["name", "Acme"],
      ["note", "  "],
      ["tags", "a"],
      ["tags", "b"],
      ["on", "on"],
      ["days", "7"],
      ["extra", "ignored"],
    ]);
    expect(decodeForm(Form, form)).toEqual({
      name: "Acme",
      note: "  ",
      tags: ["a", "b"],
      on: "on",
      days: "7",
    });
    expect(Form.parse(decodeForm(Form, form))).toEqual({
      name: "Acme",
      note: undefined,
      tags: ["a", "b"],
      on: true,
      days: 7,
    });
  });

  it("reads absent fields as empty: no text, no list items, an unticked box, no number", () => {
    expect(Form.parse(decodeForm(Form, new FormData()))).toEqual({
      name: "",
      note: undefined,
      tags: [],
      on: false,
      days: undefined,
    });
    expect(field.flag().parse("true")).toBe(true);
    expect(field.flag().parse("false")).toBe(false);
  });

  it("reads by the input side of a transform, and the rest too when the object has a catchall", () => {
    const Piped = z.object({ ids: field.list() }).transform(({ ids }) => ids.length);
    expect(
      Piped.parse(
        decodeForm(
          Piped,
          formOf([
            ["ids", "1"],
            ["ids", "2"],
          ]),
        ),
      ),
    ).toBe(2);
    const Open = z.object({ sections: field.list() }).catchall(z.string());
    expect(
      decodeForm(
        Open,
        formOf([
          ["sections", "A"],
          ["reason.B", "later"],
        ]),
      ),
    ).toEqual({
      sections: ["A"],
      "reason.B": "later",
    });
  });

  it("reads every text field for a record schema, without Next's own action fields, files as empty", () => {
    const form = formOf([
      ["$ACTION_ID_abc", ""],
      ["email", "a@example.test"],
    ]);
    form.append("upload", new Blob(["x"]), "x.txt");
    expect(decodeForm(AllTextFields, form)).toEqual({ email: "a@example.test", upload: "" });
  });
});
