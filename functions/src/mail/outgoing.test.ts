import { describe, expect, it } from "vitest";
import { inlineImages, sender } from "./outgoing";

describe("sender", () => {
  it("sends from MAIL_FROM's address under the agency's name", () => {
    expect(sender("Portico <no-reply@portico.example>", "Northwind Studio")).toEqual({
      name: "Northwind Studio",
      address: "no-reply@portico.example",
    });
    expect(sender("no-reply@portico.example", "Northwind")).toEqual({
      name: "Northwind",
      address: "no-reply@portico.example",
    });
  });

  it("keeps MAIL_FROM as it is for Portico's own mail", () => {
    expect(sender("Portico <no-reply@portico.example>", undefined)).toBe(
      "Portico <no-reply@portico.example>",
    );
  });
});

describe("inlineImages", () => {
  it("turns data: images into inline attachments named by Content-ID", () => {
    const html = '<img src="data:image/png;base64,iVBORw0KGgo=" alt="Logo"><p>Hi</p>';
    const { html: rewritten, attachments } = inlineImages(html);
    expect(rewritten).toBe('<img src="cid:image-1@portico.mail" alt="Logo"><p>Hi</p>');
    expect(attachments).toEqual([
      {
        filename: "logo-1.png",
        content: "iVBORw0KGgo=",
        encoding: "base64",
        contentType: "image/png",
        cid: "image-1@portico.mail",
      },
    ]);
  });

  it("leaves https images alone", () => {
    const html = '<img src="https://cdn.example.com/logo.png">';
    expect(inlineImages(html)).toEqual({ html, attachments: [] });
  });
});
