import { describeValue, InvalidRequestError } from '../errors.js';

/**
 * The model id a metered request names. A request without one (or with something else in
 * its place) cannot be priced, so it is refused before anything is sent, with what was
 * expected and what arrived. `where` names the call, e.g. `POST /chat/completions`.
 *
 * @throws InvalidRequestError when `model` is missing, empty or not a string.
 */
export function requestedModel(model: unknown, where: string): string {
  if (typeof model === 'string' && model !== '') return model;
  const received = model === '' ? 'an empty string' : describeValue(model);
  throw new InvalidRequestError(
    `${where}: expected the model id as a string, received ${received}, so the call's cost cannot be bounded`,
  );
}
