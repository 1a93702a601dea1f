// The class lives in core, beside the rest of the error family, so every adapter throws the same one.
export { InvalidRequestError } from '@tollgate/core';
