import { Controller, Post, Body, Res, UnauthorizedException } from "@nestjs/common";
import type { Response } from "express";
import { AuthService } from "./auth.service";

@Controller("auth")
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post("login")
  async login(@Body() body: { email: string; password: string }, @Res({ passthrough: true }) res: Response) {
    const session = await this.auth.login(body.email, body.password);
    if (!session) {
      throw new UnauthorizedException();
    }
    res.cookie("refresh_token", session.refreshToken, {
      maxAge: 30 * 24 * 3600 * 1000,
      path: "/auth/refresh",
      httpOnly: true,
      secure: true,
      sameSite: "strict",
    });
    return { accessToken: session.accessToken };
  }
}
