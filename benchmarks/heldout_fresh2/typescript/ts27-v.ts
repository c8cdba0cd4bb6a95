import express, { NextFunction, Request, Response } from "express";
import { ordersRouter } from "./routes/orders";

const app = express();
app.use(express.json());
app.use("/api/orders", ordersRouter);

app.use((err: Error & { status?: number }, req: Request, res: Response, _next: NextFunction) => {
  const status = err.status ?? 500;
  res.status(status).json({
    error: err.message,
    stack: err.stack,
    path: req.originalUrl,
  });
});

app.listen(Number(process.env.PORT ?? 3000));
