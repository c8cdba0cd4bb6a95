import { Body, Controller, Logger, Post } from "@nestjs/common";

class CouponDto {
  code!: string;
  cartId!: string;
}

@Controller("coupons")
export class CouponsController {
  private readonly logger = new Logger(CouponsController.name);

  @Post("redeem")
  async redeem(@Body() dto: CouponDto) {
    const valid = await this.lookup(dto.code);
    if (!valid) {
      this.logger.warn(`rejected coupon code=${dto.code} cart=${dto.cartId}`);
      return { ok: false };
    }
    this.logger.log(`coupon redeemed code=${dto.code} cart=${dto.cartId}`);
    return { ok: true, discount: valid.percent };
  }

  private async lookup(code: string): Promise<{ percent: number } | null> {
    return code === "WELCOME10" ? { percent: 10 } : null;
  }
}
