import { Controller, Get, Logger, Query } from '@nestjs/common';

@Controller('search')
export class SearchController {
  private readonly logger = new Logger(SearchController.name);

  @Get()
  search(@Query('term') term: string) {
    this.logger.log('search term: ' + term);
    return [];
  }
}
