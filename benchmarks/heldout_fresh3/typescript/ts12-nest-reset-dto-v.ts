import { Body, Controller, Post, BadRequestException } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import * as argon2 from 'argon2';
import { User } from './user.schema';

export interface ResetPasswordDto {
  token: string;
  password: string;
}

@Controller('auth')
export class ResetController {
  constructor(@InjectModel(User.name) private readonly users: Model<User>) {}

  @Post('reset')
  async reset(@Body() dto: ResetPasswordDto) {
    const user = await this.users.findOne({ resetToken: dto.token, resetExpires: { $gt: new Date() } });
    if (!user) throw new BadRequestException('invalid or expired token');
    user.passwordHash = await argon2.hash(String(dto.password));
    user.resetToken = null;
    await user.save();
    return { ok: true };
  }
}
