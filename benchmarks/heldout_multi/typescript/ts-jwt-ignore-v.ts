import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import * as jwt from 'jsonwebtoken';

@Injectable()
export class AdminGuard implements CanActivate {
  canActivate(ctx: ExecutionContext): boolean {
    const req = ctx.switchToHttp().getRequest();
    const token = String(req.headers.authorization ?? '').slice(7);
    const claims = jwt.decode(token) as { role?: string } | null;
    return claims?.role === 'admin';
  }
}
