import { NextRequest, NextResponse } from "next/server";
import { redirect } from "next/navigation";

const SAFE_PATHS = new Set(["/dashboard", "/settings", "/billing"]);

export async function GET(request: NextRequest) {
  const next = request.nextUrl.searchParams.get("next") ?? "/dashboard";
  if (SAFE_PATHS.has(next)) {
    // ok: js.flow.open-redirect
    return NextResponse.redirect(new URL(next, request.url));
  }
  // ok: js.flow.open-redirect
  return NextResponse.redirect(new URL("/dashboard", request.url));
}

export async function POST(request: NextRequest) {
  const form = await request.formData();
  const target = String(form.get("returnTo") ?? "/");
  const parsed = new URL(target, "https://app.example.com");
  if (parsed.host !== "app.example.com") {
    return NextResponse.json({ error: "bad target" }, { status: 400 });
  }
  // ok: js.flow.open-redirect
  return NextResponse.redirect(parsed);
}

export async function PUT(request: NextRequest) {
  const target = request.nextUrl.searchParams.get("to") ?? "/";
  // ruleid: js.flow.open-redirect
  return NextResponse.redirect(target);
}

export async function loginAction(formData: FormData) {
  const back = String(formData.get("back") ?? "/");
  // ruleid: js.flow.open-redirect
  redirect(back);
}
