import { Controller, Get, Query } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Ticket } from './ticket.entity';

const SORTABLE = ['createdAt', 'priority', 'status'] as const;
type SortKey = (typeof SORTABLE)[number];

@Controller('tickets')
export class TicketController {
  constructor(@InjectRepository(Ticket) private readonly tickets: Repository<Ticket>) {}

  // GET /tickets?assignee=jdoe&sort=priority
  @Get()
  async list(@Query('assignee') assignee: string, @Query('sort') sort: string) {
    const column: SortKey = SORTABLE.includes(sort as SortKey) ? (sort as SortKey) : 'createdAt';
    return this.tickets
      .createQueryBuilder('t')
      .where(`t.assignee = :assignee`, { assignee })
      .andWhere('t.deletedAt IS NULL')
      .orderBy(`t.${column}`, 'DESC')
      .take(100)
      .getMany();
  }
}
