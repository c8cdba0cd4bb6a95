import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';

// Registered globally with app.useGlobalFilters(new AllExceptionsFilter())
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger(AllExceptionsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request>();
    const status = exception instanceof HttpException ? exception.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR;
    const err = exception instanceof Error ? exception : new Error(String(exception));

    this.logger.error(`${req.method} ${req.route?.path ?? '(no route)'} failed`, err.stack);
    res.status(status).json({
      statusCode: status,
      message: err.message,
      detail: err.stack?.split('\n').map((l) => l.trim()),
      timestamp: new Date().toISOString(),
    });
  }
}
