import { HttpException } from '@nestjs/common';

export interface FieldError {
  field: string;
  message: string;
}

/** JSON error bodies that name what was wrong: { error, message, fields? }. */
export class HttpError extends HttpException {
  constructor(status: number, error: string, message: string, fields?: FieldError[]) {
    super({ error, message, ...(fields ? { fields } : {}) }, status);
  }
}
