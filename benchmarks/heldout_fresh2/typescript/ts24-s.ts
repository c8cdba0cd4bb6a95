import { Body, Controller, Logger, Post } from "@nestjs/common";

class CouponDto {
  code!: string;
  cartId!: string;
}

const clean = (v: unknown) => String(v).replace(/[\r\n\u2028\u2029]/g, "_").slice(0, 64);

@Controller("coupons")
export class CouponsController {
  private readonly logger = new Logger(CouponsController.name);

  @Post("redeem")
  async redeem(@Body() dto: CouponDto) {
    const valid = await this.lookup(dto.code);
    if (!valid) {
      this.logger.warn(`rejected coupon code=${clean(dto.code)} cart=${clean(dto.cartId)}`);
      return { ok: false };
    }
    this.logger.log(`coupon redeemed code=${clean(dto.code)} cart=${clean(dto.cartId)}`);
    return { ok: true, discount: valid.percent };
  }

  private async lookup(code: string): Promise<{ percent: number } | null> {
    return code === "WELCOME10" ? { percent: 10 } : null;
  }
}
