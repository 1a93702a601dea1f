// Generated from pricing/*.json by `pnpm --filter @tollgate/pricing tables` (and by every build).
// Do not edit: change the JSON and regenerate; a test fails when this file is stale.

/** Every bundled price table as shipped in `pricing/`, keyed by provider id. */
export const bundledTableData: Readonly<Record<string, unknown>> = {
  "anthropic": {
    "$schema": "./pricing.schema.json",
    "provider": "anthropic",
    "version": "2026-11-28",
    "currency": "USD",
    "models": [
      {
        "id": "claude-fable-5",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "10",
              "cachedInput": "1",
              "cacheWrite5m": "12.5",
              "cacheWrite1h": "20",
              "output": "50"
            },
            "batch": {
              "input": "5",
              "cachedInput": "0.5",
              "cacheWrite5m": "6.25",
              "cacheWrite1h": "10",
              "output": "25"
            },
            "fees": {
              "webSearch": "10",
              "webFetch": "0"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "claude-opus-5",
        "aliases": [
          "claude-5-opus",
          "claude-5.0-opus",
          "claude-opus-5.0"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "5",
              "cachedInput": "0.5",
              "cacheWrite5m": "6.25",
              "cacheWrite1h": "10",
              "output": "25"
            },
            "batch": {
              "input": "2.5",
              "cachedInput": "0.25",
              "cacheWrite5m": "3.125",
              "cacheWrite1h": "5",
              "output": "12.5"
            },
            "fees": {
              "webSearch": "10",
              "webFetch": "0"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "claude-sonnet-5",
        "aliases": [
          "claude-5-sonnet",
          "claude-5.0-sonnet",
          "claude-sonnet-5.0"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2",
              "cachedInput": "0.2",
              "cacheWrite5m": "2.5",
              "cacheWrite1h": "4",
              "output": "10"
            },
            "batch": {
              "input": "1",
              "cachedInput": "0.1",
              "cacheWrite5m": "1.25",
              "cacheWrite1h": "2",
              "output": "5"
            },
            "fees": {
              "webSearch": "10",
              "webFetch": "0"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          },
          {
            "effectiveFrom": "2026-09-01",
            "standard": {
              "input": "3",
              "cachedInput": "0.3",
              "cacheWrite5m": "3.75",
              "cacheWrite1h": "6",
              "output": "15"
            },
            "batch": {
              "input": "1.5",
              "cachedInput": "0.15",
              "cacheWrite5m": "1.875",
              "cacheWrite1h": "3",
              "output": "7.5"
            },
            "fees": {
              "webSearch": "10",
              "webFetch": "0"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "claude-opus-4-8",
        "aliases": [
          "claude-4-8-opus",
          "claude-4.8-opus",
          "claude-opus-4.8"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "5",
              "cachedInput": "0.5",
              "cacheWrite5m": "6.25",
              "cacheWrite1h": "10",
              "output": "25"
            },
            "batch": {
              "input": "2.5",
              "cachedInput": "0.25",
              "cacheWrite5m": "3.125",
              "cacheWrite1h": "5",
              "output": "12.5"
            },
            "fees": {
              "webSearch": "10",
              "webFetch": "0"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "claude-opus-4-7",
        "aliases": [
          "claude-4-7-opus",
          "claude-4.7-opus",
          "claude-opus-4.7"
        ],
        "snapshots": [
          "claude-opus-4-7-20260416"
        ],
        "contextWindow": 1000000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "5",
              "cachedInput": "0.5",
              "cacheWrite5m": "6.25",
              "cacheWrite1h": "10",
              "output": "25"
            },
            "batch": {
              "input": "2.5",
              "cachedInput": "0.25",
              "cacheWrite5m": "3.125",
              "cacheWrite1h": "5",
              "output": "12.5"
            },
            "fees": {
              "webSearch": "10",
              "webFetch": "0"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "claude-opus-4-6",
        "aliases": [
          "claude-4-6-opus",
          "claude-4.6-opus",
          "claude-opus-4.6"
        ],
        "snapshots": [
          "claude-opus-4-6-20260205"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "5",
              "cachedInput": "0.5",
              "cacheWrite5m": "6.25",
              "cacheWrite1h": "10",
              "output": "25",
              "longContext": [
                {
                  "aboveInputTokens": 200000,
                  "input": "10",
                  "cachedInput": "1",
                  "cacheWrite5m": "12.5",
                  "cacheWrite1h": "20",
                  "output": "37.5"
                }
              ]
            },
            "batch": {
              "input": "2.5",
              "cachedInput": "0.25",
              "cacheWrite5m": "3.125",
              "cacheWrite1h": "5",
              "output": "12.5",
              "longContext": [
                {
                  "aboveInputTokens": 200000,
                  "input": "5",
                  "cachedInput": "0.5",
                  "cacheWrite5m": "6.25",
                  "cacheWrite1h": "10",
                  "output": "18.75"
                }
              ]
            },
            "fees": {
              "webSearch": "10",
              "webFetch": "0"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          },
          {
            "effectiveFrom": "2026-03-13",
            "standard": {
              "input": "5",
              "cachedInput": "0.5",
              "cacheWrite5m": "6.25",
              "cacheWrite1h": "10",
              "output": "25"
            },
            "batch": {
              "input": "2.5",
              "cachedInput": "0.25",
              "cacheWrite5m": "3.125",
              "cacheWrite1h": "5",
              "output": "12.5"
            },
            "fees": {
              "webSearch": "10",
              "webFetch": "0"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "claude-sonnet-4-6",
        "aliases": [
          "claude-sonnet-4.6"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 64000,
        "prices": [
          {
            "standard": {
              "input": "3",
              "cachedInput": "0.3",
              "cacheWrite5m": "3.75",
              "cacheWrite1h": "6",
              "output": "15",
              "longContext": [
                {
                  "aboveInputTokens": 200000,
                  "input": "6",
                  "cachedInput": "0.6",
                  "cacheWrite5m": "7.5",
                  "cacheWrite1h": "12",
                  "output": "22.5"
                }
              ]
            },
            "batch": {
              "input": "1.5",
              "cachedInput": "0.15",
              "cacheWrite5m": "1.875",
              "cacheWrite1h": "3",
              "output": "7.5",
              "longContext": [
                {
                  "aboveInputTokens": 200000,
                  "input": "3",
                  "cachedInput": "0.3",
                  "cacheWrite5m": "3.75",
                  "cacheWrite1h": "6",
                  "output": "11.25"
                }
              ]
            },
            "fees": {
              "webSearch": "10",
              "webFetch": "0"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          },
          {
            "effectiveFrom": "2026-03-13",
            "standard": {
              "input": "3",
              "cachedInput": "0.3",
              "cacheWrite5m": "3.75",
              "cacheWrite1h": "6",
              "output": "15"
            },
            "batch": {
              "input": "1.5",
              "cachedInput": "0.15",
              "cacheWrite5m": "1.875",
              "cacheWrite1h": "3",
              "output": "7.5"
            },
            "fees": {
              "webSearch": "10",
              "webFetch": "0"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "claude-opus-4-5",
        "aliases": [
          "claude-4-5-opus",
          "claude-4.5-opus",
          "claude-opus-4.5"
        ],
        "snapshots": [
          "claude-opus-4-5-20251101"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 64000,
        "prices": [
          {
            "standard": {
              "input": "5",
              "cachedInput": "0.5",
              "cacheWrite5m": "6.25",
              "cacheWrite1h": "10",
              "output": "25"
            },
            "batch": {
              "input": "2.5",
              "cachedInput": "0.25",
              "cacheWrite5m": "3.125",
              "cacheWrite1h": "5",
              "output": "12.5"
            },
            "fees": {
              "webSearch": "10",
              "webFetch": "0"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "claude-sonnet-4-5",
        "aliases": [
          "claude-sonnet-4.5"
        ],
        "snapshots": [
          "claude-sonnet-4-5-20250929"
        ],
        "contextWindow": 1000000,
        "maxOutputTokens": 64000,
        "prices": [
          {
            "standard": {
              "input": "3",
              "cachedInput": "0.3",
              "cacheWrite5m": "3.75",
              "cacheWrite1h": "6",
              "output": "15",
              "longContext": [
                {
                  "aboveInputTokens": 200000,
                  "input": "6",
                  "cachedInput": "0.6",
                  "cacheWrite5m": "7.5",
                  "cacheWrite1h": "12",
                  "output": "22.5"
                }
              ]
            },
            "batch": {
              "input": "1.5",
              "cachedInput": "0.15",
              "cacheWrite5m": "1.875",
              "cacheWrite1h": "3",
              "output": "7.5",
              "longContext": [
                {
                  "aboveInputTokens": 200000,
                  "input": "3",
                  "cachedInput": "0.3",
                  "cacheWrite5m": "3.75",
                  "cacheWrite1h": "6",
                  "output": "11.25"
                }
              ]
            },
            "fees": {
              "webSearch": "10",
              "webFetch": "0"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "claude-haiku-4-5",
        "aliases": [
          "claude-4-5-haiku",
          "claude-4.5-haiku",
          "claude-haiku-4.5"
        ],
        "snapshots": [
          "claude-haiku-4-5-20251001"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 64000,
        "prices": [
          {
            "standard": {
              "input": "1",
              "cachedInput": "0.1",
              "cacheWrite5m": "1.25",
              "cacheWrite1h": "2",
              "output": "5"
            },
            "batch": {
              "input": "0.5",
              "cachedInput": "0.05",
              "cacheWrite5m": "0.625",
              "cacheWrite1h": "1",
              "output": "2.5"
            },
            "fees": {
              "webSearch": "10",
              "webFetch": "0"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "claude-opus-4-1",
        "aliases": [
          "claude-opus-4.1"
        ],
        "snapshots": [
          "claude-opus-4-1-20250805"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 32000,
        "prices": [
          {
            "standard": {
              "input": "15",
              "cachedInput": "1.5",
              "cacheWrite5m": "18.75",
              "cacheWrite1h": "30",
              "output": "75"
            },
            "batch": {
              "input": "7.5",
              "cachedInput": "0.75",
              "cacheWrite5m": "9.375",
              "cacheWrite1h": "15",
              "output": "37.5"
            },
            "fees": {
              "webSearch": "10",
              "webFetch": "0"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "claude-opus-4",
        "aliases": [
          "claude-4-opus",
          "claude-opus-4-0"
        ],
        "snapshots": [
          "claude-4-opus-20250514",
          "claude-opus-4-20250514"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 32000,
        "prices": [
          {
            "standard": {
              "input": "15",
              "cachedInput": "1.5",
              "cacheWrite5m": "18.75",
              "cacheWrite1h": "30",
              "output": "75"
            },
            "batch": {
              "input": "7.5",
              "cachedInput": "0.75",
              "cacheWrite5m": "9.375",
              "cacheWrite1h": "15",
              "output": "37.5"
            },
            "fees": {
              "webSearch": "10",
              "webFetch": "0"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "claude-sonnet-4",
        "aliases": [
          "claude-4-sonnet",
          "claude-sonnet-4-0"
        ],
        "snapshots": [
          "claude-4-sonnet-20250514",
          "claude-sonnet-4-20250514"
        ],
        "contextWindow": 1000000,
        "maxOutputTokens": 64000,
        "prices": [
          {
            "standard": {
              "input": "3",
              "cachedInput": "0.3",
              "cacheWrite5m": "3.75",
              "cacheWrite1h": "6",
              "output": "15",
              "longContext": [
                {
                  "aboveInputTokens": 200000,
                  "input": "6",
                  "cachedInput": "0.6",
                  "cacheWrite5m": "7.5",
                  "cacheWrite1h": "12",
                  "output": "22.5"
                }
              ]
            },
            "batch": {
              "input": "1.5",
              "cachedInput": "0.15",
              "cacheWrite5m": "1.875",
              "cacheWrite1h": "3",
              "output": "7.5",
              "longContext": [
                {
                  "aboveInputTokens": 200000,
                  "input": "3",
                  "cachedInput": "0.3",
                  "cacheWrite5m": "3.75",
                  "cacheWrite1h": "6",
                  "output": "11.25"
                }
              ]
            },
            "fees": {
              "webSearch": "10",
              "webFetch": "0"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21); BerriAI/litellm model_prices_and_context_window.json (2026-07-24)",
            "note": "Long-context tier (1M-context beta, input > 200k) from LiteLLM and Anthropic's long-context rule; genai-prices lacks it."
          }
        ]
      },
      {
        "id": "claude-3-7-sonnet",
        "aliases": [
          "claude-3-7-sonnet-latest",
          "claude-3.7-sonnet",
          "claude-sonnet-3-7",
          "claude-sonnet-3.7"
        ],
        "snapshots": [
          "claude-3-7-sonnet-20250219"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 64000,
        "prices": [
          {
            "standard": {
              "input": "3",
              "cachedInput": "0.3",
              "cacheWrite5m": "3.75",
              "cacheWrite1h": "6",
              "output": "15"
            },
            "batch": {
              "input": "1.5",
              "cachedInput": "0.15",
              "cacheWrite5m": "1.875",
              "cacheWrite1h": "3",
              "output": "7.5"
            },
            "fees": {
              "webSearch": "10",
              "webFetch": "0"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "claude-3-5-sonnet",
        "aliases": [
          "claude-3-5-sonnet-latest",
          "claude-3.5-sonnet"
        ],
        "snapshots": [
          "claude-3-5-sonnet-20240620",
          "claude-3-5-sonnet-20241022"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "3",
              "cachedInput": "0.3",
              "cacheWrite5m": "3.75",
              "cacheWrite1h": "6",
              "output": "15"
            },
            "batch": {
              "input": "1.5",
              "cachedInput": "0.15",
              "cacheWrite5m": "1.875",
              "cacheWrite1h": "3",
              "output": "7.5"
            },
            "fees": {
              "webSearch": "10",
              "webFetch": "0"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "claude-3-5-haiku",
        "aliases": [
          "claude-3-5-haiku-latest",
          "claude-3.5-haiku"
        ],
        "snapshots": [
          "claude-3-5-haiku-20241022"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "cachedInput": "0.08",
              "cacheWrite5m": "1",
              "cacheWrite1h": "1.6",
              "output": "4"
            },
            "batch": {
              "input": "0.4",
              "cachedInput": "0.04",
              "cacheWrite5m": "0.5",
              "cacheWrite1h": "0.8",
              "output": "2"
            },
            "fees": {
              "webSearch": "10",
              "webFetch": "0"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "claude-3-opus",
        "aliases": [
          "claude-3-opus-latest"
        ],
        "snapshots": [
          "claude-3-opus-20240229"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "15",
              "cachedInput": "1.5",
              "cacheWrite5m": "18.75",
              "cacheWrite1h": "30",
              "output": "75"
            },
            "batch": {
              "input": "7.5",
              "cachedInput": "0.75",
              "cacheWrite5m": "9.375",
              "cacheWrite1h": "15",
              "output": "37.5"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "claude-3-sonnet",
        "aliases": [],
        "snapshots": [
          "claude-3-sonnet-20240229"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "3",
              "cachedInput": "0.3",
              "cacheWrite5m": "3.75",
              "cacheWrite1h": "6",
              "output": "15"
            },
            "batch": {
              "input": "1.5",
              "cachedInput": "0.15",
              "cacheWrite5m": "1.875",
              "cacheWrite1h": "3",
              "output": "7.5"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "claude-3-haiku",
        "aliases": [],
        "snapshots": [
          "claude-3-haiku-20240307"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "0.25",
              "cachedInput": "0.03",
              "cacheWrite5m": "0.3",
              "cacheWrite1h": "0.5",
              "output": "1.25"
            },
            "batch": {
              "input": "0.125",
              "cachedInput": "0.015",
              "cacheWrite5m": "0.15",
              "cacheWrite1h": "0.25",
              "output": "0.625"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "claude-2",
        "aliases": [
          "claude-2.0",
          "claude-2.1"
        ],
        "snapshots": [],
        "contextWindow": 200000,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "8",
              "output": "24"
            },
            "batch": {
              "input": "4",
              "output": "12"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      }
    ]
  },
  "openai": {
    "$schema": "./pricing.schema.json",
    "provider": "openai",
    "version": "2026-11-28",
    "currency": "USD",
    "models": [
      {
        "id": "gpt-5.6-sol",
        "aliases": [
          "gpt-5-6",
          "gpt-5-6-sol",
          "gpt-5.6"
        ],
        "snapshots": [],
        "encoding": "o200k_base",
        "contextWindow": 1050000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "5",
              "cachedInput": "0.5",
              "cacheWrite5m": "6.25",
              "output": "30",
              "longContext": [
                {
                  "aboveInputTokens": 272000,
                  "input": "10",
                  "cachedInput": "1",
                  "cacheWrite5m": "12.5",
                  "output": "45"
                }
              ]
            },
            "batch": {
              "input": "2.5",
              "cachedInput": "0.25",
              "cacheWrite5m": "3.125",
              "output": "15",
              "longContext": [
                {
                  "aboveInputTokens": 272000,
                  "input": "5",
                  "cachedInput": "0.5",
                  "cacheWrite5m": "6.25",
                  "output": "22.5"
                }
              ]
            },
            "flex": {
              "input": "2.5",
              "cachedInput": "0.25",
              "cacheWrite5m": "3.125",
              "output": "15",
              "longContext": [
                {
                  "aboveInputTokens": 272000,
                  "input": "5",
                  "cachedInput": "0.5",
                  "cacheWrite5m": "6.25",
                  "output": "22.5"
                }
              ]
            },
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-5.6-terra",
        "aliases": [
          "gpt-5-6-terra"
        ],
        "snapshots": [],
        "encoding": "o200k_base",
        "contextWindow": 1050000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2.5",
              "cachedInput": "0.25",
              "cacheWrite5m": "3.125",
              "output": "15",
              "longContext": [
                {
                  "aboveInputTokens": 272000,
                  "input": "5",
                  "cachedInput": "0.5",
                  "cacheWrite5m": "6.25",
                  "output": "22.5"
                }
              ]
            },
            "batch": {
              "input": "1.25",
              "cachedInput": "0.125",
              "cacheWrite5m": "1.5625",
              "output": "7.5",
              "longContext": [
                {
                  "aboveInputTokens": 272000,
                  "input": "2.5",
                  "cachedInput": "0.25",
                  "cacheWrite5m": "3.125",
                  "output": "11.25"
                }
              ]
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          },
          {
            "effectiveFrom": "2026-07-30",
            "standard": {
              "input": "2",
              "cachedInput": "0.2",
              "cacheWrite5m": "2.5",
              "output": "12",
              "longContext": [
                {
                  "aboveInputTokens": 272000,
                  "input": "4",
                  "cachedInput": "0.4",
                  "cacheWrite5m": "5",
                  "output": "18"
                }
              ]
            },
            "batch": {
              "input": "1",
              "cachedInput": "0.1",
              "cacheWrite5m": "1.25",
              "output": "6",
              "longContext": [
                {
                  "aboveInputTokens": 272000,
                  "input": "2",
                  "cachedInput": "0.2",
                  "cacheWrite5m": "2.5",
                  "output": "9"
                }
              ]
            },
            "flex": {
              "input": "1",
              "cachedInput": "0.1",
              "cacheWrite5m": "1.25",
              "output": "6",
              "longContext": [
                {
                  "aboveInputTokens": 272000,
                  "input": "2",
                  "cachedInput": "0.2",
                  "cacheWrite5m": "2.5",
                  "output": "9"
                }
              ]
            },
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-5.6-luna",
        "aliases": [
          "gpt-5-6-luna"
        ],
        "snapshots": [],
        "encoding": "o200k_base",
        "contextWindow": 1050000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1",
              "cachedInput": "0.1",
              "cacheWrite5m": "1.25",
              "output": "6",
              "longContext": [
                {
                  "aboveInputTokens": 272000,
                  "input": "2",
                  "cachedInput": "0.2",
                  "cacheWrite5m": "2.5",
                  "output": "9"
                }
              ]
            },
            "batch": {
              "input": "0.5",
              "cachedInput": "0.05",
              "cacheWrite5m": "0.625",
              "output": "3",
              "longContext": [
                {
                  "aboveInputTokens": 272000,
                  "input": "1",
                  "cachedInput": "0.1",
                  "cacheWrite5m": "1.25",
                  "output": "4.5"
                }
              ]
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          },
          {
            "effectiveFrom": "2026-07-30",
            "standard": {
              "input": "0.2",
              "cachedInput": "0.02",
              "cacheWrite5m": "0.25",
              "output": "1.2",
              "longContext": [
                {
                  "aboveInputTokens": 272000,
                  "input": "0.4",
                  "cachedInput": "0.04",
                  "cacheWrite5m": "0.5",
                  "output": "1.8"
                }
              ]
            },
            "batch": {
              "input": "0.1",
              "cachedInput": "0.01",
              "cacheWrite5m": "0.125",
              "output": "0.6",
              "longContext": [
                {
                  "aboveInputTokens": 272000,
                  "input": "0.2",
                  "cachedInput": "0.02",
                  "cacheWrite5m": "0.25",
                  "output": "0.9"
                }
              ]
            },
            "flex": {
              "input": "0.1",
              "cachedInput": "0.01",
              "cacheWrite5m": "0.125",
              "output": "0.6",
              "longContext": [
                {
                  "aboveInputTokens": 272000,
                  "input": "0.2",
                  "cachedInput": "0.02",
                  "cacheWrite5m": "0.25",
                  "output": "0.9"
                }
              ]
            },
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-5.5",
        "aliases": [
          "gpt-5-5",
          "gpt-5-5-chat",
          "gpt-5-5-chat-latest",
          "gpt-5-5-codex",
          "gpt-5.5-chat",
          "gpt-5.5-chat-latest",
          "gpt-5.5-codex"
        ],
        "snapshots": [
          "gpt-5-5-2026-04-23",
          "gpt-5-5-2026-04-24",
          "gpt-5.5-2026-04-23",
          "gpt-5.5-2026-04-24"
        ],
        "encoding": "o200k_base",
        "contextWindow": 1000000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "5",
              "cachedInput": "0.5",
              "output": "30"
            },
            "batch": {
              "input": "2.5",
              "cachedInput": "0.25",
              "output": "15"
            },
            "flex": {
              "input": "2.5",
              "cachedInput": "0.25",
              "output": "15"
            },
            "priority": {
              "input": "12.5",
              "output": "75",
              "cachedInput": "1.25"
            },
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-5.5-pro",
        "aliases": [
          "gpt-5-5-pro"
        ],
        "snapshots": [
          "gpt-5-5-pro-2026-04-23",
          "gpt-5.5-pro-2026-04-23"
        ],
        "encoding": "o200k_base",
        "contextWindow": 1000000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "30",
              "output": "180"
            },
            "batch": {
              "input": "15",
              "output": "90"
            },
            "flex": {
              "input": "15",
              "output": "90"
            },
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-5.4",
        "aliases": [
          "gpt-5-4"
        ],
        "snapshots": [
          "gpt-5-4-2026-03-05",
          "gpt-5.4-2026-03-05"
        ],
        "encoding": "o200k_base",
        "contextWindow": 1050000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2.5",
              "cachedInput": "0.25",
              "output": "15",
              "longContext": [
                {
                  "aboveInputTokens": 272000,
                  "input": "5",
                  "cachedInput": "0.5",
                  "output": "22.5"
                }
              ]
            },
            "batch": {
              "input": "1.25",
              "cachedInput": "0.125",
              "output": "7.5",
              "longContext": [
                {
                  "aboveInputTokens": 272000,
                  "input": "2.5",
                  "cachedInput": "0.25",
                  "output": "11.25"
                }
              ]
            },
            "flex": {
              "input": "1.25",
              "cachedInput": "0.125",
              "output": "7.5",
              "longContext": [
                {
                  "aboveInputTokens": 272000,
                  "input": "2.5",
                  "cachedInput": "0.25",
                  "output": "11.25"
                }
              ]
            },
            "priority": {
              "input": "5",
              "output": "30",
              "cachedInput": "0.5"
            },
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-5.4-mini",
        "aliases": [
          "gpt-5-4-mini"
        ],
        "snapshots": [
          "gpt-5-4-mini-2026-03-17",
          "gpt-5.4-mini-2026-03-17"
        ],
        "encoding": "o200k_base",
        "contextWindow": 400000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.75",
              "cachedInput": "0.075",
              "output": "4.5"
            },
            "batch": {
              "input": "0.375",
              "cachedInput": "0.0375",
              "output": "2.25"
            },
            "flex": {
              "input": "0.375",
              "cachedInput": "0.0375",
              "output": "2.25"
            },
            "priority": {
              "input": "1.5",
              "output": "9",
              "cachedInput": "0.15"
            },
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-5.4-nano",
        "aliases": [
          "gpt-5-4-nano"
        ],
        "snapshots": [
          "gpt-5-4-nano-2026-03-17",
          "gpt-5.4-nano-2026-03-17"
        ],
        "encoding": "o200k_base",
        "contextWindow": 400000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "cachedInput": "0.02",
              "output": "1.25"
            },
            "batch": {
              "input": "0.1",
              "cachedInput": "0.01",
              "output": "0.625"
            },
            "flex": {
              "input": "0.1",
              "cachedInput": "0.01",
              "output": "0.625"
            },
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-5.4-pro",
        "aliases": [
          "gpt-5-4-pro"
        ],
        "snapshots": [
          "gpt-5-4-pro-2026-03-05",
          "gpt-5.4-pro-2026-03-05"
        ],
        "encoding": "o200k_base",
        "contextWindow": 1050000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "30",
              "output": "180",
              "longContext": [
                {
                  "aboveInputTokens": 272000,
                  "input": "60",
                  "output": "270"
                }
              ]
            },
            "batch": {
              "input": "15",
              "output": "90",
              "longContext": [
                {
                  "aboveInputTokens": 272000,
                  "input": "30",
                  "output": "135"
                }
              ]
            },
            "flex": {
              "input": "15",
              "output": "90",
              "longContext": [
                {
                  "aboveInputTokens": 272000,
                  "input": "30",
                  "output": "135"
                }
              ]
            },
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-5.3",
        "aliases": [
          "gpt-5-3",
          "gpt-5-3-chat",
          "gpt-5-3-chat-latest",
          "gpt-5.3-chat",
          "gpt-5.3-chat-latest"
        ],
        "snapshots": [],
        "encoding": "o200k_base",
        "contextWindow": 128000,
        "maxOutputTokens": 16384,
        "prices": [
          {
            "standard": {
              "input": "1.75",
              "cachedInput": "0.175",
              "output": "14"
            },
            "batch": {
              "input": "0.875",
              "cachedInput": "0.0875",
              "output": "7"
            },
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-5.3-codex",
        "aliases": [
          "gpt-5-3-codex"
        ],
        "snapshots": [],
        "encoding": "o200k_base",
        "contextWindow": 400000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.75",
              "cachedInput": "0.175",
              "output": "14"
            },
            "batch": {
              "input": "0.875",
              "cachedInput": "0.0875",
              "output": "7"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-5.2",
        "aliases": [
          "gpt-5-2",
          "gpt-5-2-chat",
          "gpt-5-2-chat-latest",
          "gpt-5-2-codex",
          "gpt-5.2-chat",
          "gpt-5.2-chat-latest",
          "gpt-5.2-codex"
        ],
        "snapshots": [
          "gpt-5-2-2025-12-11",
          "gpt-5.2-2025-12-11"
        ],
        "encoding": "o200k_base",
        "contextWindow": 400000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.75",
              "cachedInput": "0.175",
              "output": "14"
            },
            "batch": {
              "input": "0.875",
              "cachedInput": "0.0875",
              "output": "7"
            },
            "priority": {
              "input": "3.5",
              "output": "28",
              "cachedInput": "0.35"
            },
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-5.2-pro",
        "aliases": [],
        "snapshots": [
          "gpt-5-2-pro-2025-12-11",
          "gpt-5.2-pro-2025-12-11"
        ],
        "encoding": "o200k_base",
        "contextWindow": 400000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "21",
              "output": "168"
            },
            "batch": {
              "input": "10.5",
              "output": "84"
            },
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-5.1",
        "aliases": [
          "gpt-5-1",
          "gpt-5-1-chat",
          "gpt-5-1-chat-latest",
          "gpt-5-1-codex",
          "gpt-5-1-codex-max",
          "gpt-5.1-chat",
          "gpt-5.1-chat-latest",
          "gpt-5.1-codex",
          "gpt-5.1-codex-max"
        ],
        "snapshots": [
          "gpt-5-1-2025-11-13",
          "gpt-5.1-2025-11-13"
        ],
        "encoding": "o200k_base",
        "contextWindow": 400000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.25",
              "cachedInput": "0.125",
              "output": "10"
            },
            "batch": {
              "input": "0.625",
              "cachedInput": "0.0625",
              "output": "5"
            },
            "priority": {
              "input": "2.5",
              "output": "20",
              "cachedInput": "0.25"
            },
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-5.1-codex-mini",
        "aliases": [
          "gpt-5-1-codex-mini",
          "gpt-5-1-mini",
          "gpt-5.1-mini"
        ],
        "snapshots": [],
        "encoding": "o200k_base",
        "contextWindow": 400000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.25",
              "cachedInput": "0.025",
              "output": "2"
            },
            "batch": {
              "input": "0.125",
              "cachedInput": "0.0125",
              "output": "1"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-5",
        "aliases": [
          "gpt-5-chat",
          "gpt-5-chat-latest",
          "gpt-5-codex"
        ],
        "snapshots": [
          "gpt-5-2025-08-07"
        ],
        "encoding": "o200k_base",
        "contextWindow": 400000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.25",
              "cachedInput": "0.125",
              "output": "10"
            },
            "batch": {
              "input": "0.625",
              "cachedInput": "0.0625",
              "output": "5"
            },
            "flex": {
              "input": "0.625",
              "cachedInput": "0.0625",
              "output": "5"
            },
            "priority": {
              "input": "2.5",
              "output": "20",
              "cachedInput": "0.25"
            },
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-5-mini",
        "aliases": [],
        "snapshots": [
          "gpt-5-mini-2025-08-07"
        ],
        "encoding": "o200k_base",
        "contextWindow": 400000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.25",
              "cachedInput": "0.025",
              "output": "2"
            },
            "batch": {
              "input": "0.125",
              "cachedInput": "0.0125",
              "output": "1"
            },
            "flex": {
              "input": "0.125",
              "cachedInput": "0.0125",
              "output": "1"
            },
            "priority": {
              "input": "0.45",
              "output": "3.6",
              "cachedInput": "0.045"
            },
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-5-nano",
        "aliases": [],
        "snapshots": [
          "gpt-5-nano-2025-08-07"
        ],
        "encoding": "o200k_base",
        "contextWindow": 400000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.05",
              "cachedInput": "0.005",
              "output": "0.4"
            },
            "batch": {
              "input": "0.025",
              "cachedInput": "0.0025",
              "output": "0.2"
            },
            "flex": {
              "input": "0.025",
              "cachedInput": "0.0025",
              "output": "0.2"
            },
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-5-pro",
        "aliases": [],
        "snapshots": [
          "gpt-5-pro-2025-10-06"
        ],
        "encoding": "o200k_base",
        "contextWindow": 400000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "15",
              "output": "120"
            },
            "batch": {
              "input": "7.5",
              "output": "60"
            },
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-chat-latest",
        "aliases": [],
        "snapshots": [],
        "encoding": "o200k_base",
        "contextWindow": 128000,
        "maxOutputTokens": 16384,
        "prices": [
          {
            "standard": {
              "input": "5",
              "cachedInput": "0.5",
              "output": "30"
            },
            "batch": {
              "input": "2.5",
              "cachedInput": "0.25",
              "output": "15"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)",
            "note": "Limits not in the reference data; set to the ChatGPT alias limits (128k / 16k)."
          }
        ]
      },
      {
        "id": "o4-mini",
        "aliases": [
          "o4-mini-high"
        ],
        "snapshots": [
          "o4-mini-2025-04-16"
        ],
        "encoding": "o200k_base",
        "contextWindow": 200000,
        "maxOutputTokens": 100000,
        "prices": [
          {
            "standard": {
              "input": "1.1",
              "cachedInput": "0.275",
              "output": "4.4"
            },
            "batch": {
              "input": "0.55",
              "cachedInput": "0.1375",
              "output": "2.2"
            },
            "flex": {
              "input": "0.55",
              "cachedInput": "0.1375",
              "output": "2.2"
            },
            "priority": {
              "input": "2",
              "output": "8",
              "cachedInput": "0.5"
            },
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "o4-mini-deep-research",
        "aliases": [],
        "snapshots": [
          "o4-mini-deep-research-2025-06-26"
        ],
        "encoding": "o200k_base",
        "contextWindow": 200000,
        "maxOutputTokens": 100000,
        "prices": [
          {
            "standard": {
              "input": "2",
              "cachedInput": "0.5",
              "output": "8"
            },
            "batch": {
              "input": "1",
              "cachedInput": "0.25",
              "output": "4"
            },
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "o3",
        "aliases": [],
        "snapshots": [
          "o3-2025-04-16"
        ],
        "encoding": "o200k_base",
        "contextWindow": 200000,
        "maxOutputTokens": 100000,
        "prices": [
          {
            "standard": {
              "input": "10",
              "cachedInput": "0.5",
              "output": "40"
            },
            "batch": {
              "input": "5",
              "cachedInput": "0.25",
              "output": "20"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          },
          {
            "effectiveFrom": "2025-06-10",
            "standard": {
              "input": "2",
              "cachedInput": "0.5",
              "output": "8"
            },
            "batch": {
              "input": "1",
              "cachedInput": "0.25",
              "output": "4"
            },
            "flex": {
              "input": "1",
              "cachedInput": "0.25",
              "output": "4"
            },
            "priority": {
              "input": "3.5",
              "output": "14",
              "cachedInput": "0.875"
            },
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "o3-pro",
        "aliases": [],
        "snapshots": [
          "o3-pro-2025-06-10"
        ],
        "encoding": "o200k_base",
        "contextWindow": 200000,
        "maxOutputTokens": 100000,
        "prices": [
          {
            "standard": {
              "input": "20",
              "output": "80"
            },
            "batch": {
              "input": "10",
              "output": "40"
            },
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "o3-mini",
        "aliases": [
          "o3-mini-high"
        ],
        "snapshots": [
          "o3-mini-2025-01-31"
        ],
        "encoding": "o200k_base",
        "contextWindow": 200000,
        "maxOutputTokens": 100000,
        "prices": [
          {
            "standard": {
              "input": "1.1",
              "cachedInput": "0.55",
              "output": "4.4"
            },
            "batch": {
              "input": "0.55",
              "cachedInput": "0.275",
              "output": "2.2"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "o3-deep-research",
        "aliases": [],
        "snapshots": [
          "o3-deep-research-2025-06-26"
        ],
        "encoding": "o200k_base",
        "contextWindow": 200000,
        "maxOutputTokens": 100000,
        "prices": [
          {
            "standard": {
              "input": "10",
              "cachedInput": "2.5",
              "output": "40"
            },
            "batch": {
              "input": "5",
              "cachedInput": "1.25",
              "output": "20"
            },
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "o1",
        "aliases": [
          "o1-preview"
        ],
        "snapshots": [
          "o1-2024-12-17",
          "o1-preview-2024-09-12"
        ],
        "encoding": "o200k_base",
        "contextWindow": 128000,
        "maxOutputTokens": 100000,
        "prices": [
          {
            "standard": {
              "input": "15",
              "cachedInput": "7.5",
              "output": "60"
            },
            "batch": {
              "input": "7.5",
              "cachedInput": "3.75",
              "output": "30"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "o1-pro",
        "aliases": [],
        "snapshots": [
          "o1-pro-2025-03-19"
        ],
        "encoding": "o200k_base",
        "contextWindow": 200000,
        "maxOutputTokens": 100000,
        "prices": [
          {
            "standard": {
              "input": "150",
              "output": "600"
            },
            "batch": {
              "input": "75",
              "output": "300"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "o1-mini",
        "aliases": [],
        "snapshots": [
          "o1-mini-2024-09-12"
        ],
        "encoding": "o200k_base",
        "contextWindow": 128000,
        "maxOutputTokens": 65536,
        "prices": [
          {
            "standard": {
              "input": "1.1",
              "cachedInput": "0.55",
              "output": "4.4"
            },
            "batch": {
              "input": "0.55",
              "cachedInput": "0.275",
              "output": "2.2"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)",
            "note": "o1-mini-2024-09-12 is billed at the family price (1.1 / 4.4); LiteLLM keeps the launch price 3 / 12 on that key. See pricing/README.md."
          }
        ]
      },
      {
        "id": "codex-mini",
        "aliases": [
          "codex-mini-latest"
        ],
        "snapshots": [],
        "encoding": "o200k_base",
        "contextWindow": 200000,
        "maxOutputTokens": 100000,
        "prices": [
          {
            "standard": {
              "input": "1.5",
              "cachedInput": "0.375",
              "output": "6"
            },
            "batch": {
              "input": "0.75",
              "cachedInput": "0.1875",
              "output": "3"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-4.1",
        "aliases": [],
        "snapshots": [
          "gpt-4.1-2025-04-14"
        ],
        "encoding": "o200k_base",
        "contextWindow": 1000000,
        "maxOutputTokens": 32768,
        "prices": [
          {
            "standard": {
              "input": "2",
              "cachedInput": "0.5",
              "output": "8"
            },
            "batch": {
              "input": "1",
              "cachedInput": "0.25",
              "output": "4"
            },
            "priority": {
              "input": "3.5",
              "output": "14",
              "cachedInput": "0.875"
            },
            "fees": {
              "webSearch": "25"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-4.1-mini",
        "aliases": [],
        "snapshots": [
          "gpt-4.1-mini-2025-04-14"
        ],
        "encoding": "o200k_base",
        "contextWindow": 1000000,
        "maxOutputTokens": 32768,
        "prices": [
          {
            "standard": {
              "input": "0.4",
              "cachedInput": "0.1",
              "output": "1.6"
            },
            "batch": {
              "input": "0.2",
              "cachedInput": "0.05",
              "output": "0.8"
            },
            "priority": {
              "input": "0.7",
              "output": "2.8",
              "cachedInput": "0.175"
            },
            "fees": {
              "webSearch": "25"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-4.1-nano",
        "aliases": [],
        "snapshots": [
          "gpt-4.1-nano-2025-04-14"
        ],
        "encoding": "o200k_base",
        "contextWindow": 1000000,
        "maxOutputTokens": 32768,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "cachedInput": "0.025",
              "output": "0.4"
            },
            "batch": {
              "input": "0.05",
              "cachedInput": "0.0125",
              "output": "0.2"
            },
            "priority": {
              "input": "0.2",
              "output": "0.8",
              "cachedInput": "0.05"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-4o",
        "aliases": [],
        "snapshots": [
          "gpt-4o-2024-08-06",
          "gpt-4o-2024-11-20"
        ],
        "encoding": "o200k_base",
        "contextWindow": 128000,
        "maxOutputTokens": 16384,
        "prices": [
          {
            "standard": {
              "input": "2.5",
              "cachedInput": "1.25",
              "output": "10"
            },
            "batch": {
              "input": "1.25",
              "cachedInput": "0.625",
              "output": "5"
            },
            "priority": {
              "input": "4.25",
              "output": "17",
              "cachedInput": "2.125"
            },
            "fees": {
              "webSearch": "25"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-4o-2024-05-13",
        "aliases": [],
        "snapshots": [],
        "encoding": "o200k_base",
        "contextWindow": 128000,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "5",
              "output": "15"
            },
            "batch": {
              "input": "2.5",
              "output": "7.5"
            },
            "priority": {
              "input": "8.75",
              "output": "26.25"
            },
            "checked": "2026-11-28",
            "source": "BerriAI/litellm model_prices_and_context_window.json (2026-07-24); openai.com/api-priority-processing",
            "note": "The May 2024 snapshot kept its launch price and has no cached-input discount; genai-prices wrongly aliases it to gpt-4o."
          }
        ]
      },
      {
        "id": "gpt-4o-mini",
        "aliases": [],
        "snapshots": [
          "gpt-4o-mini-2024-07-18"
        ],
        "encoding": "o200k_base",
        "contextWindow": 128000,
        "maxOutputTokens": 16384,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "cachedInput": "0.075",
              "output": "0.6"
            },
            "batch": {
              "input": "0.075",
              "cachedInput": "0.0375",
              "output": "0.3"
            },
            "priority": {
              "input": "0.25",
              "output": "1",
              "cachedInput": "0.125"
            },
            "fees": {
              "webSearch": "25"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-4o-search-preview",
        "aliases": [],
        "snapshots": [
          "gpt-4o-search-preview-2025-03-11"
        ],
        "encoding": "o200k_base",
        "contextWindow": 128000,
        "maxOutputTokens": 16384,
        "prices": [
          {
            "standard": {
              "input": "2.5",
              "output": "10",
              "cachedInput": "1.25"
            },
            "batch": {
              "input": "1.25",
              "output": "5",
              "cachedInput": "0.625"
            },
            "fees": {
              "webSearch": "50"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)",
            "note": "Search fee charged per request; the table holds the high-context fee ($50 / 1k) so a bound never falls short."
          }
        ]
      },
      {
        "id": "gpt-4o-mini-search-preview",
        "aliases": [],
        "snapshots": [
          "gpt-4o-mini-search-preview-2025-03-11"
        ],
        "encoding": "o200k_base",
        "contextWindow": 128000,
        "maxOutputTokens": 16384,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "cachedInput": "0.075",
              "output": "0.6"
            },
            "batch": {
              "input": "0.075",
              "cachedInput": "0.0375",
              "output": "0.3"
            },
            "fees": {
              "webSearch": "30"
            },
            "checked": "2026-11-28",
            "source": "BerriAI/litellm model_prices_and_context_window.json (2026-07-24)",
            "note": "Search fee charged per request; the table holds the high-context fee ($30 / 1k) so a bound never falls short."
          }
        ]
      },
      {
        "id": "chatgpt-4o-latest",
        "aliases": [],
        "snapshots": [],
        "encoding": "o200k_base",
        "contextWindow": 128000,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "5",
              "output": "15"
            },
            "batch": {
              "input": "2.5",
              "output": "7.5"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-4.5-preview",
        "aliases": [],
        "snapshots": [
          "gpt-4.5-preview-2025-02-27"
        ],
        "encoding": "o200k_base",
        "contextWindow": 128000,
        "maxOutputTokens": 16384,
        "prices": [
          {
            "standard": {
              "input": "75",
              "cachedInput": "37.5",
              "output": "150"
            },
            "batch": {
              "input": "37.5",
              "cachedInput": "18.75",
              "output": "75"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "computer-use-preview",
        "aliases": [],
        "snapshots": [
          "computer-use-preview-2025-03-11"
        ],
        "encoding": "o200k_base",
        "contextWindow": 8192,
        "maxOutputTokens": 1024,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "12"
            },
            "batch": {
              "input": "1.5",
              "output": "6"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "text-embedding-3-small",
        "aliases": [],
        "snapshots": [],
        "encoding": "cl100k_base",
        "contextWindow": 8191,
        "maxOutputTokens": 0,
        "prices": [
          {
            "standard": {
              "input": "0.02",
              "output": "0"
            },
            "batch": {
              "input": "0.01",
              "output": "0"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "text-embedding-3-large",
        "aliases": [],
        "snapshots": [],
        "encoding": "cl100k_base",
        "contextWindow": 8191,
        "maxOutputTokens": 0,
        "prices": [
          {
            "standard": {
              "input": "0.13",
              "output": "0"
            },
            "batch": {
              "input": "0.065",
              "output": "0"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "text-embedding-ada-002",
        "aliases": [
          "text-embedding-ada",
          "text-embedding-ada-002-v2"
        ],
        "snapshots": [],
        "encoding": "cl100k_base",
        "contextWindow": 8191,
        "maxOutputTokens": 0,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0"
            },
            "batch": {
              "input": "0.05",
              "output": "0"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-3.5-turbo",
        "aliases": [
          "gpt-3.5-turbo-0125",
          "gpt-35-turbo"
        ],
        "snapshots": [],
        "encoding": "cl100k_base",
        "contextWindow": 16385,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "0.5",
              "output": "1.5"
            },
            "batch": {
              "input": "0.25",
              "output": "0.75"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-3.5-turbo-0301",
        "aliases": [
          "gpt-3.5-0301"
        ],
        "snapshots": [],
        "encoding": "cl100k_base",
        "contextWindow": 4096,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "1.5",
              "output": "2"
            },
            "batch": {
              "input": "0.75",
              "output": "1"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-3.5-turbo-0613",
        "aliases": [],
        "snapshots": [],
        "encoding": "cl100k_base",
        "contextWindow": 4096,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "1.5",
              "output": "2"
            },
            "batch": {
              "input": "0.75",
              "output": "1"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-3.5-turbo-1106",
        "aliases": [],
        "snapshots": [],
        "encoding": "cl100k_base",
        "contextWindow": 16385,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "1",
              "output": "2"
            },
            "batch": {
              "input": "0.5",
              "output": "1"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-3.5-turbo-16k",
        "aliases": [
          "gpt-3.5-turbo-16k-0613",
          "gpt-35-turbo-16k",
          "gpt-35-turbo-16k-0613"
        ],
        "snapshots": [],
        "encoding": "cl100k_base",
        "contextWindow": 16385,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "4"
            },
            "batch": {
              "input": "1.5",
              "output": "2"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-4",
        "aliases": [
          "gpt-4-0314",
          "gpt-4-0613"
        ],
        "snapshots": [],
        "encoding": "cl100k_base",
        "contextWindow": 8192,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "30",
              "output": "60"
            },
            "batch": {
              "input": "15",
              "output": "30"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-4-32k",
        "aliases": [
          "gpt-4-32k-0314",
          "gpt-4-32k-0613"
        ],
        "snapshots": [],
        "encoding": "cl100k_base",
        "contextWindow": 32768,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "60",
              "output": "120"
            },
            "batch": {
              "input": "30",
              "output": "60"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-4-turbo",
        "aliases": [
          "gpt-4-0125-preview",
          "gpt-4-1106-preview",
          "gpt-4-turbo-0125-preview",
          "gpt-4-turbo-preview"
        ],
        "snapshots": [
          "gpt-4-turbo-2024-04-09"
        ],
        "encoding": "cl100k_base",
        "contextWindow": 128000,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "10",
              "output": "30"
            },
            "batch": {
              "input": "5",
              "output": "15"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-4-vision-preview",
        "aliases": [
          "gpt-4-1106-vision-preview"
        ],
        "snapshots": [],
        "encoding": "cl100k_base",
        "contextWindow": 128000,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "10",
              "output": "30"
            },
            "batch": {
              "input": "5",
              "output": "15"
            },
            "checked": "2026-11-28",
            "source": "pydantic/genai-prices@47df840a (2026-08-21)"
          }
        ]
      }
    ]
  },
};
