import { type ArgumentMetadata } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Min, ValidateNested } from 'class-validator';
import { ApiException } from './api-error';
import { createValidationPipe } from './validation';

class Inner {
  @IsInt()
  @Min(1)
  size: number;
}

class Body {
  @IsString()
  name: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => Inner)
  inner?: Inner;
}

const metadata: ArgumentMetadata = { type: 'body', metatype: Body };

async function errorOf(value: unknown): Promise<ApiException> {
  try {
    await createValidationPipe().transform(value, metadata);
  } catch (error) {
    if (error instanceof ApiException) return error;
    throw error;
  }
  throw new Error('expected the pipe to reject');
}

describe('the global validation pipe', () => {
  it('accepts a valid body and turns it into the DTO class', async () => {
    const body = (await createValidationPipe().transform(
      { name: 'a', inner: { size: 2 } },
      metadata,
    )) as Body;
    expect(body).toBeInstanceOf(Body);
    expect(body.inner).toBeInstanceOf(Inner);
  });

  it('rejects unknown fields at any depth, naming them with dots', async () => {
    const error = await errorOf({ name: 'a', extra: 1, inner: { size: 2, deeper: true } });
    expect(error.getStatus()).toBe(400);
    expect(error.getResponse()).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'extra is not a known field',
      details: [
        { field: 'extra', problem: 'is not a known field' },
        { field: 'inner.deeper', problem: 'is not a known field' },
      ],
    });
  });

  it('names the nested field that fails a rule', async () => {
    const error = await errorOf({ name: 'a', inner: { size: 0 } });
    expect(error.getResponse()).toMatchObject({
      message: 'inner.size must not be less than 1',
      details: [{ field: 'inner.size', problem: 'must not be less than 1' }],
    });
  });
});
