import { Controller, Get, Query, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class TicketService {
  constructor(private readonly db: DataSource) {}

  find(customer: string) {
    return this.db.query(`SELECT id, subject FROM tickets WHERE customer = '${customer}'`);
  }
}

@Controller('tickets')
export class TicketController {
  constructor(private readonly tickets: TicketService) {}

  @Get()
  list(@Query('customer') customer: string) {
    return this.tickets.find(customer);
  }
}
