import { ArgumentsHost, Catch, RpcExceptionFilter } from '@nestjs/common';
import { Observable, throwError } from 'rxjs';

/**
 * Nest's default RPC filter replaces unknown errors with "Internal server error". The stage
 * consumer needs the original error (its class decides retry vs dead-letter, its message is
 * the recorded reason), so event handlers use this filter to let errors through untouched.
 */
@Catch()
export class RethrowRpcErrors implements RpcExceptionFilter<unknown> {
  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => exception);
  }
}
