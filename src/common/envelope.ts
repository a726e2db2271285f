export interface Pagination {
  page: number;
  limit: number;
  total: number;
  totalPages: number;
}

export interface SuccessEnvelope<T> {
  success: true;
  message?: string;
  data?: T;
  pagination?: Pagination;
}

export function ok<T>(data: T, message?: string): SuccessEnvelope<T> {
  return message === undefined ? { success: true, data } : { success: true, message, data };
}

export function page<T>(data: T[], p: { page: number; limit: number }, total: number): SuccessEnvelope<T[]> {
  return {
    success: true,
    data,
    pagination: { page: p.page, limit: p.limit, total, totalPages: Math.ceil(total / p.limit) },
  };
}
