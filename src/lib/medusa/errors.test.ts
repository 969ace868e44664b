import { FetchError } from "@medusajs/js-sdk";
import { describe, expect, it } from "vitest";
import { fieldProblems, withFieldProblems } from "./errors.ts";

const body = {
  type: "invalid_data",
  message: "Invalid request: phone: Too small",
  fields: [
    { field: "phone", code: "too_small", params: { minimum: 10, origin: "string", inclusive: true } },
    { field: "x", code: "a code from a newer backend" },
  ],
};

describe("fieldProblems", () => {
  it("reads the fields of a 400, leaving out codes it does not know", async () => {
    const error = await withFieldProblems(new Response(JSON.stringify(body), { status: 400, statusText: "Bad Request" }));
    expect(error).toBeInstanceOf(FetchError);
    expect(error.message).toBe(body.message);
    expect(error.status).toBe(400);
    expect(fieldProblems(error)).toEqual([body.fields[0]]);
  });

  it("reads them from an error's cause too", () => {
    expect(fieldProblems(new Error("wrapped", { cause: { fields: body.fields } }))).toEqual([body.fields[0]]);
  });

  it("is empty for an error that carries none", async () => {
    expect(fieldProblems(new FetchError("Bad Request", "Bad Request", 400))).toEqual([]);
    expect(fieldProblems(Object.assign(new FetchError("Not found", "Not Found", 404), { fields: body.fields }))).toEqual([]);
    expect(fieldProblems(await withFieldProblems(new Response("<html>", { status: 400, statusText: "Bad Request" })))).toEqual([]);
    expect(fieldProblems("a string")).toEqual([]);
    expect(fieldProblems(undefined)).toEqual([]);
  });
});
