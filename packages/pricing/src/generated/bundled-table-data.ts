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
  "azure": {
    "$schema": "./pricing.schema.json",
    "provider": "azure",
    "version": "2026-11-29",
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
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "fees": {
              "webSearch": "10"
            },
            "checked": "2026-11-28",
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates",
            "note": "Limits not in the reference data; set to the ChatGPT alias limits (128k / 16k)."
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
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "fees": {
              "webSearch": "25"
            },
            "checked": "2026-11-28",
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "fees": {
              "webSearch": "25"
            },
            "checked": "2026-11-28",
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "checked": "2026-11-28",
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "fees": {
              "webSearch": "25"
            },
            "checked": "2026-11-28",
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "checked": "2026-11-28",
            "source": "openai.json BerriAI/litellm model_prices_and_context_window.json (2026-07-24); openai.com/api-priority-processing; Azure OpenAI Global Standard bills OpenAI's rates",
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
            "fees": {
              "webSearch": "25"
            },
            "checked": "2026-11-28",
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates",
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
            "source": "openai.json BerriAI/litellm model_prices_and_context_window.json (2026-07-24); Azure OpenAI Global Standard bills OpenAI's rates",
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
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
            "source": "openai.json pydantic/genai-prices@47df840a (2026-08-21); Azure OpenAI Global Standard bills OpenAI's rates"
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
        "contextWindow": 200000,
        "maxOutputTokens": 100000,
        "prices": [
          {
            "standard": {
              "input": "15",
              "output": "60",
              "cachedInput": "7.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); azure.microsoft.com/pricing/details/cognitive-services/openai-service",
            "batch": {
              "input": "7.5",
              "output": "30",
              "cachedInput": "3.75"
            }
          }
        ]
      },
      {
        "id": "o1-mini",
        "aliases": [],
        "snapshots": [
          "o1-mini-2024-09-12"
        ],
        "contextWindow": 128000,
        "maxOutputTokens": 65536,
        "prices": [
          {
            "standard": {
              "input": "1.1",
              "output": "4.4",
              "cachedInput": "0.55"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); azure.microsoft.com/pricing/details/cognitive-services/openai-service",
            "batch": {
              "input": "0.55",
              "output": "2.2",
              "cachedInput": "0.275"
            }
          }
        ]
      },
      {
        "id": "o3-2025-04-16",
        "aliases": [
          "o3"
        ],
        "snapshots": [],
        "contextWindow": 200000,
        "maxOutputTokens": 100000,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "8",
              "cachedInput": "0.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); azure.microsoft.com/pricing/details/cognitive-services/openai-service",
            "batch": {
              "input": "1",
              "output": "4",
              "cachedInput": "0.25"
            }
          }
        ]
      },
      {
        "id": "o3-mini",
        "aliases": [],
        "snapshots": [
          "o3-mini-2025-01-31"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 100000,
        "prices": [
          {
            "standard": {
              "input": "1.1",
              "output": "4.4",
              "cachedInput": "0.55"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); azure.microsoft.com/pricing/details/cognitive-services/openai-service",
            "batch": {
              "input": "0.55",
              "output": "2.2",
              "cachedInput": "0.275"
            }
          }
        ]
      },
      {
        "id": "o4-mini",
        "aliases": [],
        "snapshots": [
          "o4-mini-2025-04-16"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 100000,
        "prices": [
          {
            "standard": {
              "input": "1.1",
              "output": "4.4",
              "cachedInput": "0.28"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); azure.microsoft.com/pricing/details/cognitive-services/openai-service",
            "batch": {
              "input": "0.55",
              "output": "2.2",
              "cachedInput": "0.14"
            }
          }
        ]
      },
      {
        "id": "phi-3-medium-128k-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1",
              "output": "1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); azure.microsoft.com/pricing/details/cognitive-services/openai-service",
            "batch": {
              "input": "0.5",
              "output": "0.5"
            }
          }
        ]
      },
      {
        "id": "phi-3-mini-128k-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); azure.microsoft.com/pricing/details/cognitive-services/openai-service",
            "batch": {
              "input": "0.05",
              "output": "0.05"
            }
          }
        ]
      },
      {
        "id": "phi-3.5-mini-128k-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); azure.microsoft.com/pricing/details/cognitive-services/openai-service",
            "batch": {
              "input": "0.05",
              "output": "0.05"
            }
          }
        ]
      },
      {
        "id": "phi-4",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.07",
              "output": "0.14"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); azure.microsoft.com/pricing/details/cognitive-services/openai-service",
            "batch": {
              "input": "0.035",
              "output": "0.07"
            }
          }
        ]
      },
      {
        "id": "phi-4-mini-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.08",
              "output": "0.35"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); azure.microsoft.com/pricing/details/cognitive-services/openai-service",
            "batch": {
              "input": "0.04",
              "output": "0.175"
            }
          }
        ]
      },
      {
        "id": "phi-4-multimodal-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.05",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); azure.microsoft.com/pricing/details/cognitive-services/openai-service",
            "batch": {
              "input": "0.025",
              "output": "0.05"
            }
          }
        ]
      },
      {
        "id": "phi-4-reasoning-plus",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.07",
              "output": "0.35"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); azure.microsoft.com/pricing/details/cognitive-services/openai-service",
            "batch": {
              "input": "0.035",
              "output": "0.175"
            }
          }
        ]
      },
      {
        "id": "text-embedding-3-large",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 8191,
        "maxOutputTokens": 0,
        "prices": [
          {
            "standard": {
              "input": "0.13",
              "output": "0"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); azure.microsoft.com/pricing/details/cognitive-services/openai-service",
            "batch": {
              "input": "0.065",
              "output": "0"
            }
          }
        ]
      },
      {
        "id": "text-embedding-3-small",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 8191,
        "maxOutputTokens": 0,
        "prices": [
          {
            "standard": {
              "input": "0.02",
              "output": "0"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); azure.microsoft.com/pricing/details/cognitive-services/openai-service",
            "batch": {
              "input": "0.01",
              "output": "0"
            }
          }
        ]
      },
      {
        "id": "wizardlm-2-8x22b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.48",
              "output": "0.48"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); azure.microsoft.com/pricing/details/cognitive-services/openai-service",
            "batch": {
              "input": "0.24",
              "output": "0.24"
            }
          }
        ]
      }
    ]
  },
  "bedrock": {
    "$schema": "./pricing.schema.json",
    "provider": "bedrock",
    "version": "2026-11-29",
    "currency": "USD",
    "models": [
      {
        "id": "amazon.nova-lite-v1:0",
        "aliases": [
          "amazon.nova-lite",
          "us.amazon.nova-lite-v1:0",
          "eu.amazon.nova-lite-v1:0",
          "apac.amazon.nova-lite-v1:0",
          "au.amazon.nova-lite-v1:0",
          "jp.amazon.nova-lite-v1:0",
          "ca.amazon.nova-lite-v1:0",
          "us-gov.amazon.nova-lite-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 300000,
        "maxOutputTokens": 10000,
        "prices": [
          {
            "standard": {
              "input": "0.06",
              "output": "0.24",
              "cachedInput": "0.015"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.03",
              "output": "0.12",
              "cachedInput": "0.0075"
            }
          }
        ]
      },
      {
        "id": "amazon.nova-micro-v1:0",
        "aliases": [
          "amazon.nova-micro",
          "us.amazon.nova-micro-v1:0",
          "eu.amazon.nova-micro-v1:0",
          "apac.amazon.nova-micro-v1:0",
          "au.amazon.nova-micro-v1:0",
          "jp.amazon.nova-micro-v1:0",
          "ca.amazon.nova-micro-v1:0",
          "us-gov.amazon.nova-micro-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 10000,
        "prices": [
          {
            "standard": {
              "input": "0.035",
              "output": "0.14",
              "cachedInput": "0.00875"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.0175",
              "output": "0.07",
              "cachedInput": "0.004375"
            }
          }
        ]
      },
      {
        "id": "amazon.nova-premier-v1:0",
        "aliases": [
          "amazon.nova-premier",
          "us.amazon.nova-premier-v1:0",
          "eu.amazon.nova-premier-v1:0",
          "apac.amazon.nova-premier-v1:0",
          "au.amazon.nova-premier-v1:0",
          "jp.amazon.nova-premier-v1:0",
          "ca.amazon.nova-premier-v1:0",
          "us-gov.amazon.nova-premier-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 10000,
        "prices": [
          {
            "standard": {
              "input": "2.5",
              "output": "12.5",
              "cachedInput": "0.625"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "1.25",
              "output": "6.25",
              "cachedInput": "0.3125"
            }
          }
        ]
      },
      {
        "id": "amazon.nova-pro-v1:0",
        "aliases": [
          "amazon.nova-pro",
          "us.amazon.nova-pro-v1:0",
          "eu.amazon.nova-pro-v1:0",
          "apac.amazon.nova-pro-v1:0",
          "au.amazon.nova-pro-v1:0",
          "jp.amazon.nova-pro-v1:0",
          "ca.amazon.nova-pro-v1:0",
          "us-gov.amazon.nova-pro-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 300000,
        "maxOutputTokens": 10000,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "3.2",
              "cachedInput": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.4",
              "output": "1.6",
              "cachedInput": "0.1"
            }
          }
        ]
      },
      {
        "id": "amazon.titan-embed-text-v1",
        "aliases": [
          "amazon.titan-embed-text",
          "us.amazon.titan-embed-text-v1",
          "eu.amazon.titan-embed-text-v1",
          "apac.amazon.titan-embed-text-v1",
          "au.amazon.titan-embed-text-v1",
          "jp.amazon.titan-embed-text-v1",
          "ca.amazon.titan-embed-text-v1",
          "us-gov.amazon.titan-embed-text-v1"
        ],
        "snapshots": [],
        "contextWindow": 8192,
        "maxOutputTokens": 0,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.05",
              "output": "0"
            }
          }
        ]
      },
      {
        "id": "amazon.titan-text-express-v1",
        "aliases": [
          "titan-text-express",
          "us.amazon.titan-text-express-v1",
          "eu.amazon.titan-text-express-v1",
          "apac.amazon.titan-text-express-v1",
          "au.amazon.titan-text-express-v1",
          "jp.amazon.titan-text-express-v1",
          "ca.amazon.titan-text-express-v1",
          "us-gov.amazon.titan-text-express-v1"
        ],
        "snapshots": [],
        "contextWindow": 42000,
        "maxOutputTokens": 8000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.1",
              "output": "0.3"
            }
          }
        ]
      },
      {
        "id": "amazon.titan-text-lite-v1",
        "aliases": [
          "titan-text-lite",
          "us.amazon.titan-text-lite-v1",
          "eu.amazon.titan-text-lite-v1",
          "apac.amazon.titan-text-lite-v1",
          "au.amazon.titan-text-lite-v1",
          "jp.amazon.titan-text-lite-v1",
          "ca.amazon.titan-text-lite-v1",
          "us-gov.amazon.titan-text-lite-v1"
        ],
        "snapshots": [],
        "contextWindow": 42000,
        "maxOutputTokens": 4000,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.075",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "deepseek.r1-v1:0",
        "aliases": [
          "deepseek.r1",
          "us.deepseek.r1-v1:0",
          "eu.deepseek.r1-v1:0",
          "apac.deepseek.r1-v1:0",
          "au.deepseek.r1-v1:0",
          "jp.deepseek.r1-v1:0",
          "ca.deepseek.r1-v1:0",
          "us-gov.deepseek.r1-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "1.35",
              "output": "5.4"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.675",
              "output": "2.7"
            }
          }
        ]
      },
      {
        "id": "global.amazon.nova-2-lite-v1:0",
        "aliases": [
          "global.amazon.nova-2-lite"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 64000,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "2.5",
              "cachedInput": "0.075"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.15",
              "output": "1.25",
              "cachedInput": "0.0375"
            }
          }
        ]
      },
      {
        "id": "global.anthropic.claude-fable-5-v1:0",
        "aliases": [
          "global.anthropic.claude-fable-5"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "10",
              "output": "50",
              "cachedInput": "1",
              "cacheWrite5m": "12.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "5",
              "output": "25",
              "cachedInput": "0.5",
              "cacheWrite5m": "6.25"
            }
          }
        ]
      },
      {
        "id": "global.anthropic.claude-haiku-4-5-20251001-v1:0",
        "aliases": [],
        "snapshots": [
          "global.anthropic.claude-haiku-4-5-20251001"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 64000,
        "prices": [
          {
            "standard": {
              "input": "1",
              "output": "5",
              "cachedInput": "0.1",
              "cacheWrite5m": "1.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.5",
              "output": "2.5",
              "cachedInput": "0.05",
              "cacheWrite5m": "0.625"
            }
          }
        ]
      },
      {
        "id": "global.anthropic.claude-opus-4-5-v1:0",
        "aliases": [
          "global.anthropic.claude-opus-4-5"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "5",
              "output": "25",
              "cachedInput": "0.5",
              "cacheWrite5m": "6.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "2.5",
              "output": "12.5",
              "cachedInput": "0.25",
              "cacheWrite5m": "3.125"
            }
          }
        ]
      },
      {
        "id": "global.anthropic.claude-opus-4-6-v1:0",
        "aliases": [
          "global.anthropic.claude-opus-4-6"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "5",
              "output": "25",
              "cachedInput": "0.5",
              "cacheWrite5m": "6.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "2.5",
              "output": "12.5",
              "cachedInput": "0.25",
              "cacheWrite5m": "3.125"
            }
          }
        ]
      },
      {
        "id": "global.anthropic.claude-opus-4-7-v1:0",
        "aliases": [
          "global.anthropic.claude-opus-4-7"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "5",
              "output": "25",
              "cachedInput": "0.5",
              "cacheWrite5m": "6.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "2.5",
              "output": "12.5",
              "cachedInput": "0.25",
              "cacheWrite5m": "3.125"
            }
          }
        ]
      },
      {
        "id": "global.anthropic.claude-opus-4-8-v1:0",
        "aliases": [
          "global.anthropic.claude-opus-4-8"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "5",
              "output": "25",
              "cachedInput": "0.5",
              "cacheWrite5m": "6.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "2.5",
              "output": "12.5",
              "cachedInput": "0.25",
              "cacheWrite5m": "3.125"
            }
          }
        ]
      },
      {
        "id": "global.anthropic.claude-opus-5",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "5",
              "output": "25",
              "cachedInput": "0.5",
              "cacheWrite5m": "6.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "2.5",
              "output": "12.5",
              "cachedInput": "0.25",
              "cacheWrite5m": "3.125"
            }
          }
        ]
      },
      {
        "id": "global.anthropic.claude-sonnet-4-20250514-v1:0",
        "aliases": [],
        "snapshots": [
          "global.anthropic.claude-sonnet-4-20250514"
        ],
        "contextWindow": 1000000,
        "maxOutputTokens": 64000,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "15",
              "cachedInput": "0.3",
              "cacheWrite5m": "3.75"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "1.5",
              "output": "7.5",
              "cachedInput": "0.15",
              "cacheWrite5m": "1.875"
            }
          }
        ]
      },
      {
        "id": "global.anthropic.claude-sonnet-4-5-20250929-v1:0",
        "aliases": [],
        "snapshots": [
          "global.anthropic.claude-sonnet-4-5-20250929"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 64000,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "15",
              "cachedInput": "0.3",
              "cacheWrite5m": "3.75"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "1.5",
              "output": "7.5",
              "cachedInput": "0.15",
              "cacheWrite5m": "1.875"
            }
          }
        ]
      },
      {
        "id": "global.anthropic.claude-sonnet-4-6-v1:0",
        "aliases": [
          "global.anthropic.claude-sonnet-4-6"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 64000,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "15",
              "cachedInput": "0.3",
              "cacheWrite5m": "3.75"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "1.5",
              "output": "7.5",
              "cachedInput": "0.15",
              "cacheWrite5m": "1.875"
            }
          }
        ]
      },
      {
        "id": "global.anthropic.claude-sonnet-5-v1:0",
        "aliases": [
          "global.anthropic.claude-sonnet-5"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "10",
              "cachedInput": "0.2",
              "cacheWrite5m": "2.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "1",
              "output": "5",
              "cachedInput": "0.1",
              "cacheWrite5m": "1.25"
            }
          },
          {
            "standard": {
              "input": "3",
              "output": "15",
              "cachedInput": "0.3",
              "cacheWrite5m": "3.75"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "effectiveFrom": "2026-09-01",
            "batch": {
              "input": "1.5",
              "output": "7.5",
              "cachedInput": "0.15",
              "cacheWrite5m": "1.875"
            }
          }
        ]
      },
      {
        "id": "google.gemma-3-12b-it",
        "aliases": [
          "us.google.gemma-3-12b-it",
          "eu.google.gemma-3-12b-it",
          "apac.google.gemma-3-12b-it",
          "au.google.gemma-3-12b-it",
          "jp.google.gemma-3-12b-it",
          "ca.google.gemma-3-12b-it",
          "us-gov.google.gemma-3-12b-it"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.09",
              "output": "0.29"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.045",
              "output": "0.145"
            }
          }
        ]
      },
      {
        "id": "google.gemma-3-27b-it",
        "aliases": [
          "us.google.gemma-3-27b-it",
          "eu.google.gemma-3-27b-it",
          "apac.google.gemma-3-27b-it",
          "au.google.gemma-3-27b-it",
          "jp.google.gemma-3-27b-it",
          "ca.google.gemma-3-27b-it",
          "us-gov.google.gemma-3-27b-it"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.23",
              "output": "0.38"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.115",
              "output": "0.19"
            }
          }
        ]
      },
      {
        "id": "google.gemma-3-4b-it",
        "aliases": [
          "us.google.gemma-3-4b-it",
          "eu.google.gemma-3-4b-it",
          "apac.google.gemma-3-4b-it",
          "au.google.gemma-3-4b-it",
          "jp.google.gemma-3-4b-it",
          "ca.google.gemma-3-4b-it",
          "us-gov.google.gemma-3-4b-it"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.04",
              "output": "0.08"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.02",
              "output": "0.04"
            }
          }
        ]
      },
      {
        "id": "meta.llama3-1-70b-instruct-v1:0",
        "aliases": [
          "meta.llama3-1-70b-instruct",
          "us.meta.llama3-1-70b-instruct-v1:0",
          "eu.meta.llama3-1-70b-instruct-v1:0",
          "apac.meta.llama3-1-70b-instruct-v1:0",
          "au.meta.llama3-1-70b-instruct-v1:0",
          "jp.meta.llama3-1-70b-instruct-v1:0",
          "ca.meta.llama3-1-70b-instruct-v1:0",
          "us-gov.meta.llama3-1-70b-instruct-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 2048,
        "prices": [
          {
            "standard": {
              "input": "0.72",
              "output": "0.72"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.36",
              "output": "0.36"
            }
          }
        ]
      },
      {
        "id": "meta.llama3-1-8b-instruct-v1:0",
        "aliases": [
          "meta.llama3-1-8b-instruct",
          "us.meta.llama3-1-8b-instruct-v1:0",
          "eu.meta.llama3-1-8b-instruct-v1:0",
          "apac.meta.llama3-1-8b-instruct-v1:0",
          "au.meta.llama3-1-8b-instruct-v1:0",
          "jp.meta.llama3-1-8b-instruct-v1:0",
          "ca.meta.llama3-1-8b-instruct-v1:0",
          "us-gov.meta.llama3-1-8b-instruct-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 2048,
        "prices": [
          {
            "standard": {
              "input": "0.22",
              "output": "0.22"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.11",
              "output": "0.11"
            }
          }
        ]
      },
      {
        "id": "meta.llama3-2-11b-instruct-v1:0",
        "aliases": [
          "meta.llama3-2-11b-instruct",
          "us.meta.llama3-2-11b-instruct-v1:0",
          "eu.meta.llama3-2-11b-instruct-v1:0",
          "apac.meta.llama3-2-11b-instruct-v1:0",
          "au.meta.llama3-2-11b-instruct-v1:0",
          "jp.meta.llama3-2-11b-instruct-v1:0",
          "ca.meta.llama3-2-11b-instruct-v1:0",
          "us-gov.meta.llama3-2-11b-instruct-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "0.16",
              "output": "0.16"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.08",
              "output": "0.08"
            }
          }
        ]
      },
      {
        "id": "meta.llama3-2-1b-instruct-v1:0",
        "aliases": [
          "meta.llama3-2-1b-instruct",
          "us.meta.llama3-2-1b-instruct-v1:0",
          "eu.meta.llama3-2-1b-instruct-v1:0",
          "apac.meta.llama3-2-1b-instruct-v1:0",
          "au.meta.llama3-2-1b-instruct-v1:0",
          "jp.meta.llama3-2-1b-instruct-v1:0",
          "ca.meta.llama3-2-1b-instruct-v1:0",
          "us-gov.meta.llama3-2-1b-instruct-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.05",
              "output": "0.05"
            }
          }
        ]
      },
      {
        "id": "meta.llama3-2-3b-instruct-v1:0",
        "aliases": [
          "meta.llama3-2-3b-instruct",
          "us.meta.llama3-2-3b-instruct-v1:0",
          "eu.meta.llama3-2-3b-instruct-v1:0",
          "apac.meta.llama3-2-3b-instruct-v1:0",
          "au.meta.llama3-2-3b-instruct-v1:0",
          "jp.meta.llama3-2-3b-instruct-v1:0",
          "ca.meta.llama3-2-3b-instruct-v1:0",
          "us-gov.meta.llama3-2-3b-instruct-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.075",
              "output": "0.075"
            }
          }
        ]
      },
      {
        "id": "meta.llama3-2-90b-instruct-v1:0",
        "aliases": [
          "meta.llama3-2-90b-instruct",
          "us.meta.llama3-2-90b-instruct-v1:0",
          "eu.meta.llama3-2-90b-instruct-v1:0",
          "apac.meta.llama3-2-90b-instruct-v1:0",
          "au.meta.llama3-2-90b-instruct-v1:0",
          "jp.meta.llama3-2-90b-instruct-v1:0",
          "ca.meta.llama3-2-90b-instruct-v1:0",
          "us-gov.meta.llama3-2-90b-instruct-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "0.72",
              "output": "0.72"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.36",
              "output": "0.36"
            }
          }
        ]
      },
      {
        "id": "meta.llama3-3-70b-instruct-v1:0",
        "aliases": [
          "meta.llama3-3-70b-instruct",
          "us.meta.llama3-3-70b-instruct-v1:0",
          "eu.meta.llama3-3-70b-instruct-v1:0",
          "apac.meta.llama3-3-70b-instruct-v1:0",
          "au.meta.llama3-3-70b-instruct-v1:0",
          "jp.meta.llama3-3-70b-instruct-v1:0",
          "ca.meta.llama3-3-70b-instruct-v1:0",
          "us-gov.meta.llama3-3-70b-instruct-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "0.72",
              "output": "0.72"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.36",
              "output": "0.36"
            }
          }
        ]
      },
      {
        "id": "meta.llama3-70b-instruct-v1:0",
        "aliases": [
          "meta.llama3-70b-instruct",
          "us.meta.llama3-70b-instruct-v1:0",
          "eu.meta.llama3-70b-instruct-v1:0",
          "apac.meta.llama3-70b-instruct-v1:0",
          "au.meta.llama3-70b-instruct-v1:0",
          "jp.meta.llama3-70b-instruct-v1:0",
          "ca.meta.llama3-70b-instruct-v1:0",
          "us-gov.meta.llama3-70b-instruct-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 8192,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "2.65",
              "output": "3.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "1.325",
              "output": "1.75"
            }
          }
        ]
      },
      {
        "id": "meta.llama3-8b-instruct-v1:0",
        "aliases": [
          "meta.llama3-8b-instruct",
          "us.meta.llama3-8b-instruct-v1:0",
          "eu.meta.llama3-8b-instruct-v1:0",
          "apac.meta.llama3-8b-instruct-v1:0",
          "au.meta.llama3-8b-instruct-v1:0",
          "jp.meta.llama3-8b-instruct-v1:0",
          "ca.meta.llama3-8b-instruct-v1:0",
          "us-gov.meta.llama3-8b-instruct-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 8192,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "0.6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.15",
              "output": "0.3"
            }
          }
        ]
      },
      {
        "id": "meta.llama4-maverick-17b-instruct-v1:0",
        "aliases": [
          "meta.llama4-maverick-17b-instruct",
          "us.meta.llama4-maverick-17b-instruct-v1:0",
          "eu.meta.llama4-maverick-17b-instruct-v1:0",
          "apac.meta.llama4-maverick-17b-instruct-v1:0",
          "au.meta.llama4-maverick-17b-instruct-v1:0",
          "jp.meta.llama4-maverick-17b-instruct-v1:0",
          "ca.meta.llama4-maverick-17b-instruct-v1:0",
          "us-gov.meta.llama4-maverick-17b-instruct-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "0.24",
              "output": "0.97"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.12",
              "output": "0.485"
            }
          }
        ]
      },
      {
        "id": "meta.llama4-scout-17b-instruct-v1:0",
        "aliases": [
          "meta.llama4-scout-17b-instruct",
          "us.meta.llama4-scout-17b-instruct-v1:0",
          "eu.meta.llama4-scout-17b-instruct-v1:0",
          "apac.meta.llama4-scout-17b-instruct-v1:0",
          "au.meta.llama4-scout-17b-instruct-v1:0",
          "jp.meta.llama4-scout-17b-instruct-v1:0",
          "ca.meta.llama4-scout-17b-instruct-v1:0",
          "us-gov.meta.llama4-scout-17b-instruct-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "0.17",
              "output": "0.66"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.085",
              "output": "0.33"
            }
          }
        ]
      },
      {
        "id": "mistral.devstral-2-123b",
        "aliases": [
          "us.mistral.devstral-2-123b",
          "eu.mistral.devstral-2-123b",
          "apac.mistral.devstral-2-123b",
          "au.mistral.devstral-2-123b",
          "jp.mistral.devstral-2-123b",
          "ca.mistral.devstral-2-123b",
          "us-gov.mistral.devstral-2-123b"
        ],
        "snapshots": [],
        "contextWindow": 256000,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.4",
              "output": "2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.2",
              "output": "1"
            }
          }
        ]
      },
      {
        "id": "mistral.magistral-small-2509",
        "aliases": [
          "us.mistral.magistral-small-2509",
          "eu.mistral.magistral-small-2509",
          "apac.mistral.magistral-small-2509",
          "au.mistral.magistral-small-2509",
          "jp.mistral.magistral-small-2509",
          "ca.mistral.magistral-small-2509",
          "us-gov.mistral.magistral-small-2509"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.5",
              "output": "1.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.25",
              "output": "0.75"
            }
          }
        ]
      },
      {
        "id": "mistral.ministral-3-14b-instruct",
        "aliases": [
          "us.mistral.ministral-3-14b-instruct",
          "eu.mistral.ministral-3-14b-instruct",
          "apac.mistral.ministral-3-14b-instruct",
          "au.mistral.ministral-3-14b-instruct",
          "jp.mistral.ministral-3-14b-instruct",
          "ca.mistral.ministral-3-14b-instruct",
          "us-gov.mistral.ministral-3-14b-instruct"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.1",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "mistral.ministral-3-3b-instruct",
        "aliases": [
          "us.mistral.ministral-3-3b-instruct",
          "eu.mistral.ministral-3-3b-instruct",
          "apac.mistral.ministral-3-3b-instruct",
          "au.mistral.ministral-3-3b-instruct",
          "jp.mistral.ministral-3-3b-instruct",
          "ca.mistral.ministral-3-3b-instruct",
          "us-gov.mistral.ministral-3-3b-instruct"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.05",
              "output": "0.05"
            }
          }
        ]
      },
      {
        "id": "mistral.ministral-3-8b-instruct",
        "aliases": [
          "us.mistral.ministral-3-8b-instruct",
          "eu.mistral.ministral-3-8b-instruct",
          "apac.mistral.ministral-3-8b-instruct",
          "au.mistral.ministral-3-8b-instruct",
          "jp.mistral.ministral-3-8b-instruct",
          "ca.mistral.ministral-3-8b-instruct",
          "us-gov.mistral.ministral-3-8b-instruct"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.075",
              "output": "0.075"
            }
          }
        ]
      },
      {
        "id": "mistral.mistral-7b-instruct-v0:2",
        "aliases": [
          "mistral.mistral-7b-instruct-v0",
          "us.mistral.mistral-7b-instruct-v0:2",
          "eu.mistral.mistral-7b-instruct-v0:2",
          "apac.mistral.mistral-7b-instruct-v0:2",
          "au.mistral.mistral-7b-instruct-v0:2",
          "jp.mistral.mistral-7b-instruct-v0:2",
          "ca.mistral.mistral-7b-instruct-v0:2",
          "us-gov.mistral.mistral-7b-instruct-v0:2"
        ],
        "snapshots": [],
        "contextWindow": 32000,
        "maxOutputTokens": 8191,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.075",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "mistral.mistral-large-2402-v1:0",
        "aliases": [
          "mistral.mistral-large-2402",
          "us.mistral.mistral-large-2402-v1:0",
          "eu.mistral.mistral-large-2402-v1:0",
          "apac.mistral.mistral-large-2402-v1:0",
          "au.mistral.mistral-large-2402-v1:0",
          "jp.mistral.mistral-large-2402-v1:0",
          "ca.mistral.mistral-large-2402-v1:0",
          "us-gov.mistral.mistral-large-2402-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 32000,
        "maxOutputTokens": 8191,
        "prices": [
          {
            "standard": {
              "input": "4",
              "output": "12"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "2",
              "output": "6"
            }
          }
        ]
      },
      {
        "id": "mistral.mistral-large-3-675b-instruct",
        "aliases": [
          "us.mistral.mistral-large-3-675b-instruct",
          "eu.mistral.mistral-large-3-675b-instruct",
          "apac.mistral.mistral-large-3-675b-instruct",
          "au.mistral.mistral-large-3-675b-instruct",
          "jp.mistral.mistral-large-3-675b-instruct",
          "ca.mistral.mistral-large-3-675b-instruct",
          "us-gov.mistral.mistral-large-3-675b-instruct"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.5",
              "output": "1.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.25",
              "output": "0.75"
            }
          }
        ]
      },
      {
        "id": "mistral.mistral-small-2402-v1:0",
        "aliases": [
          "mistral.mistral-small-2402",
          "us.mistral.mistral-small-2402-v1:0",
          "eu.mistral.mistral-small-2402-v1:0",
          "apac.mistral.mistral-small-2402-v1:0",
          "au.mistral.mistral-small-2402-v1:0",
          "jp.mistral.mistral-small-2402-v1:0",
          "ca.mistral.mistral-small-2402-v1:0",
          "us-gov.mistral.mistral-small-2402-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 32000,
        "maxOutputTokens": 8191,
        "prices": [
          {
            "standard": {
              "input": "1",
              "output": "3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.5",
              "output": "1.5"
            }
          }
        ]
      },
      {
        "id": "mistral.mixtral-8x7b-instruct-v0:1",
        "aliases": [
          "mistral.mixtral-8x7b-instruct-v0",
          "us.mistral.mixtral-8x7b-instruct-v0:1",
          "eu.mistral.mixtral-8x7b-instruct-v0:1",
          "apac.mistral.mixtral-8x7b-instruct-v0:1",
          "au.mistral.mixtral-8x7b-instruct-v0:1",
          "jp.mistral.mixtral-8x7b-instruct-v0:1",
          "ca.mistral.mixtral-8x7b-instruct-v0:1",
          "us-gov.mistral.mixtral-8x7b-instruct-v0:1"
        ],
        "snapshots": [],
        "contextWindow": 32000,
        "maxOutputTokens": 8191,
        "prices": [
          {
            "standard": {
              "input": "0.45",
              "output": "0.7"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.225",
              "output": "0.35"
            }
          }
        ]
      },
      {
        "id": "mistral.pixtral-large-2502-v1:0",
        "aliases": [
          "mistral.pixtral-large-2502",
          "us.mistral.pixtral-large-2502-v1:0",
          "eu.mistral.pixtral-large-2502-v1:0",
          "apac.mistral.pixtral-large-2502-v1:0",
          "au.mistral.pixtral-large-2502-v1:0",
          "jp.mistral.pixtral-large-2502-v1:0",
          "ca.mistral.pixtral-large-2502-v1:0",
          "us-gov.mistral.pixtral-large-2502-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "1",
              "output": "3"
            }
          }
        ]
      },
      {
        "id": "mistral.voxtral-mini-3b-2507",
        "aliases": [
          "us.mistral.voxtral-mini-3b-2507",
          "eu.mistral.voxtral-mini-3b-2507",
          "apac.mistral.voxtral-mini-3b-2507",
          "au.mistral.voxtral-mini-3b-2507",
          "jp.mistral.voxtral-mini-3b-2507",
          "ca.mistral.voxtral-mini-3b-2507",
          "us-gov.mistral.voxtral-mini-3b-2507"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.04",
              "output": "0.04"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.02",
              "output": "0.02"
            }
          }
        ]
      },
      {
        "id": "mistral.voxtral-small-24b-2507",
        "aliases": [
          "us.mistral.voxtral-small-24b-2507",
          "eu.mistral.voxtral-small-24b-2507",
          "apac.mistral.voxtral-small-24b-2507",
          "au.mistral.voxtral-small-24b-2507",
          "jp.mistral.voxtral-small-24b-2507",
          "ca.mistral.voxtral-small-24b-2507",
          "us-gov.mistral.voxtral-small-24b-2507"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.05",
              "output": "0.15"
            }
          }
        ]
      },
      {
        "id": "nvidia.nemotron-nano-3-30b:0",
        "aliases": [
          "nvidia.nemotron-nano-3-30b",
          "us.nvidia.nemotron-nano-3-30b:0",
          "eu.nvidia.nemotron-nano-3-30b:0",
          "apac.nvidia.nemotron-nano-3-30b:0",
          "au.nvidia.nemotron-nano-3-30b:0",
          "jp.nvidia.nemotron-nano-3-30b:0",
          "ca.nvidia.nemotron-nano-3-30b:0",
          "us-gov.nvidia.nemotron-nano-3-30b:0"
        ],
        "snapshots": [],
        "contextWindow": 262144,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.06",
              "output": "0.24"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.03",
              "output": "0.12"
            }
          }
        ]
      },
      {
        "id": "nvidia.nemotron-nano-9b-v2:0",
        "aliases": [
          "nvidia.nemotron-nano-9b-v2",
          "us.nvidia.nemotron-nano-9b-v2:0",
          "eu.nvidia.nemotron-nano-9b-v2:0",
          "apac.nvidia.nemotron-nano-9b-v2:0",
          "au.nvidia.nemotron-nano-9b-v2:0",
          "jp.nvidia.nemotron-nano-9b-v2:0",
          "ca.nvidia.nemotron-nano-9b-v2:0",
          "us-gov.nvidia.nemotron-nano-9b-v2:0"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.06",
              "output": "0.23"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.03",
              "output": "0.115"
            }
          }
        ]
      },
      {
        "id": "nvidia.nemotron-super-3-120b:0",
        "aliases": [
          "nvidia.nemotron-super-3-120b",
          "us.nvidia.nemotron-super-3-120b:0",
          "eu.nvidia.nemotron-super-3-120b:0",
          "apac.nvidia.nemotron-super-3-120b:0",
          "au.nvidia.nemotron-super-3-120b:0",
          "jp.nvidia.nemotron-super-3-120b:0",
          "ca.nvidia.nemotron-super-3-120b:0",
          "us-gov.nvidia.nemotron-super-3-120b:0"
        ],
        "snapshots": [],
        "contextWindow": 256000,
        "maxOutputTokens": 32768,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.65"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.075",
              "output": "0.325"
            }
          }
        ]
      },
      {
        "id": "openai.gpt-5.4",
        "aliases": [
          "us.openai.gpt-5.4",
          "eu.openai.gpt-5.4",
          "apac.openai.gpt-5.4",
          "au.openai.gpt-5.4",
          "jp.openai.gpt-5.4",
          "ca.openai.gpt-5.4",
          "us-gov.openai.gpt-5.4"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2.75",
              "output": "16.5",
              "cachedInput": "0.275"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "1.375",
              "output": "8.25",
              "cachedInput": "0.1375"
            }
          }
        ]
      },
      {
        "id": "openai.gpt-5.5",
        "aliases": [
          "us.openai.gpt-5.5",
          "eu.openai.gpt-5.5",
          "apac.openai.gpt-5.5",
          "au.openai.gpt-5.5",
          "jp.openai.gpt-5.5",
          "ca.openai.gpt-5.5",
          "us-gov.openai.gpt-5.5"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "5.5",
              "output": "33",
              "cachedInput": "0.55"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "2.75",
              "output": "16.5",
              "cachedInput": "0.275"
            }
          }
        ]
      },
      {
        "id": "openai.gpt-5.6-luna",
        "aliases": [
          "us.openai.gpt-5.6-luna",
          "eu.openai.gpt-5.6-luna",
          "apac.openai.gpt-5.6-luna",
          "au.openai.gpt-5.6-luna",
          "jp.openai.gpt-5.6-luna",
          "ca.openai.gpt-5.6-luna",
          "us-gov.openai.gpt-5.6-luna"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 1000000,
        "prices": [
          {
            "standard": {
              "input": "1.1",
              "output": "6.6",
              "cachedInput": "0.11",
              "cacheWrite5m": "1.375"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.55",
              "output": "3.3",
              "cachedInput": "0.055",
              "cacheWrite5m": "0.6875"
            }
          },
          {
            "standard": {
              "input": "0.22",
              "output": "1.32",
              "cachedInput": "0.022",
              "cacheWrite5m": "0.275",
              "longContext": [
                {
                  "aboveInputTokens": 272000,
                  "input": "0.44",
                  "cachedInput": "0.044",
                  "cacheWrite5m": "0.55",
                  "output": "1.98"
                }
              ]
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "effectiveFrom": "2026-07-30",
            "batch": {
              "input": "0.11",
              "output": "0.66",
              "cachedInput": "0.011",
              "cacheWrite5m": "0.1375",
              "longContext": [
                {
                  "aboveInputTokens": 272000,
                  "input": "0.22",
                  "output": "0.99",
                  "cachedInput": "0.022",
                  "cacheWrite5m": "0.275"
                }
              ]
            }
          }
        ]
      },
      {
        "id": "openai.gpt-5.6-sol",
        "aliases": [
          "us.openai.gpt-5.6-sol",
          "eu.openai.gpt-5.6-sol",
          "apac.openai.gpt-5.6-sol",
          "au.openai.gpt-5.6-sol",
          "jp.openai.gpt-5.6-sol",
          "ca.openai.gpt-5.6-sol",
          "us-gov.openai.gpt-5.6-sol"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 1000000,
        "prices": [
          {
            "standard": {
              "input": "5.5",
              "output": "33",
              "cachedInput": "0.55",
              "cacheWrite5m": "6.875",
              "longContext": [
                {
                  "aboveInputTokens": 272000,
                  "input": "11",
                  "cachedInput": "1.1",
                  "cacheWrite5m": "13.75",
                  "output": "49.5"
                }
              ]
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "2.75",
              "output": "16.5",
              "cachedInput": "0.275",
              "cacheWrite5m": "3.4375",
              "longContext": [
                {
                  "aboveInputTokens": 272000,
                  "input": "5.5",
                  "output": "24.75",
                  "cachedInput": "0.55",
                  "cacheWrite5m": "6.875"
                }
              ]
            }
          }
        ]
      },
      {
        "id": "openai.gpt-5.6-terra",
        "aliases": [
          "us.openai.gpt-5.6-terra",
          "eu.openai.gpt-5.6-terra",
          "apac.openai.gpt-5.6-terra",
          "au.openai.gpt-5.6-terra",
          "jp.openai.gpt-5.6-terra",
          "ca.openai.gpt-5.6-terra",
          "us-gov.openai.gpt-5.6-terra"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 1000000,
        "prices": [
          {
            "standard": {
              "input": "2.75",
              "output": "16.5",
              "cachedInput": "0.275",
              "cacheWrite5m": "3.4375"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "1.375",
              "output": "8.25",
              "cachedInput": "0.1375",
              "cacheWrite5m": "1.71875"
            }
          },
          {
            "standard": {
              "input": "2.2",
              "output": "13.2",
              "cachedInput": "0.22",
              "cacheWrite5m": "2.75",
              "longContext": [
                {
                  "aboveInputTokens": 272000,
                  "input": "4.4",
                  "cachedInput": "0.44",
                  "cacheWrite5m": "5.5",
                  "output": "19.8"
                }
              ]
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "effectiveFrom": "2026-07-30",
            "batch": {
              "input": "1.1",
              "output": "6.6",
              "cachedInput": "0.11",
              "cacheWrite5m": "1.375",
              "longContext": [
                {
                  "aboveInputTokens": 272000,
                  "input": "2.2",
                  "output": "9.9",
                  "cachedInput": "0.22",
                  "cacheWrite5m": "2.75"
                }
              ]
            }
          }
        ]
      },
      {
        "id": "openai.gpt-oss-120b-1:0",
        "aliases": [
          "openai.gpt-oss-120b-1",
          "us.openai.gpt-oss-120b-1:0",
          "eu.openai.gpt-oss-120b-1:0",
          "apac.openai.gpt-oss-120b-1:0",
          "au.openai.gpt-oss-120b-1:0",
          "jp.openai.gpt-oss-120b-1:0",
          "ca.openai.gpt-oss-120b-1:0",
          "us-gov.openai.gpt-oss-120b-1:0"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.075",
              "output": "0.3"
            }
          }
        ]
      },
      {
        "id": "openai.gpt-oss-20b-1:0",
        "aliases": [
          "openai.gpt-oss-20b-1",
          "us.openai.gpt-oss-20b-1:0",
          "eu.openai.gpt-oss-20b-1:0",
          "apac.openai.gpt-oss-20b-1:0",
          "au.openai.gpt-oss-20b-1:0",
          "jp.openai.gpt-oss-20b-1:0",
          "ca.openai.gpt-oss-20b-1:0",
          "us-gov.openai.gpt-oss-20b-1:0"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.07",
              "output": "0.3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.035",
              "output": "0.15"
            }
          }
        ]
      },
      {
        "id": "qwen.qwen3-32b-v1:0",
        "aliases": [
          "qwen.qwen3-32b",
          "us.qwen.qwen3-32b-v1:0",
          "eu.qwen.qwen3-32b-v1:0",
          "apac.qwen.qwen3-32b-v1:0",
          "au.qwen.qwen3-32b-v1:0",
          "jp.qwen.qwen3-32b-v1:0",
          "ca.qwen.qwen3-32b-v1:0",
          "us-gov.qwen.qwen3-32b-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 131072,
        "maxOutputTokens": 16384,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.075",
              "output": "0.3"
            }
          }
        ]
      },
      {
        "id": "qwen.qwen3-coder-30b-a3b-v1:0",
        "aliases": [
          "qwen.qwen3-coder-30b-a3b",
          "us.qwen.qwen3-coder-30b-a3b-v1:0",
          "eu.qwen.qwen3-coder-30b-a3b-v1:0",
          "apac.qwen.qwen3-coder-30b-a3b-v1:0",
          "au.qwen.qwen3-coder-30b-a3b-v1:0",
          "jp.qwen.qwen3-coder-30b-a3b-v1:0",
          "ca.qwen.qwen3-coder-30b-a3b-v1:0",
          "us-gov.qwen.qwen3-coder-30b-a3b-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 262144,
        "maxOutputTokens": 131072,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.075",
              "output": "0.3"
            }
          }
        ]
      },
      {
        "id": "qwen.qwen3-coder-480b-a35b-v1:0",
        "aliases": [
          "qwen.qwen3-coder-480b-a35b",
          "us.qwen.qwen3-coder-480b-a35b-v1:0",
          "eu.qwen.qwen3-coder-480b-a35b-v1:0",
          "apac.qwen.qwen3-coder-480b-a35b-v1:0",
          "au.qwen.qwen3-coder-480b-a35b-v1:0",
          "jp.qwen.qwen3-coder-480b-a35b-v1:0",
          "ca.qwen.qwen3-coder-480b-a35b-v1:0",
          "us-gov.qwen.qwen3-coder-480b-a35b-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 262000,
        "maxOutputTokens": 65536,
        "prices": [
          {
            "standard": {
              "input": "0.45",
              "output": "1.8"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.225",
              "output": "0.9"
            }
          }
        ]
      },
      {
        "id": "qwen.qwen3-vl-235b-a22b-v1:0",
        "aliases": [
          "qwen.qwen3-vl-235b-a22b",
          "us.qwen.qwen3-vl-235b-a22b-v1:0",
          "eu.qwen.qwen3-vl-235b-a22b-v1:0",
          "apac.qwen.qwen3-vl-235b-a22b-v1:0",
          "au.qwen.qwen3-vl-235b-a22b-v1:0",
          "jp.qwen.qwen3-vl-235b-a22b-v1:0",
          "ca.qwen.qwen3-vl-235b-a22b-v1:0",
          "us-gov.qwen.qwen3-vl-235b-a22b-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.53",
              "output": "2.66"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.265",
              "output": "1.33"
            }
          }
        ]
      },
      {
        "id": "amazon.nova-2-lite-v1:0",
        "aliases": [
          "us.amazon.nova-2-lite",
          "eu.amazon.nova-2-lite",
          "jp.amazon.nova-2-lite",
          "us.amazon.nova-2-lite-v1:0",
          "eu.amazon.nova-2-lite-v1:0",
          "apac.amazon.nova-2-lite-v1:0",
          "au.amazon.nova-2-lite-v1:0",
          "jp.amazon.nova-2-lite-v1:0",
          "ca.amazon.nova-2-lite-v1:0",
          "us-gov.amazon.nova-2-lite-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 64000,
        "prices": [
          {
            "standard": {
              "input": "0.33",
              "output": "2.75",
              "cachedInput": "0.0825"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.165",
              "output": "1.375",
              "cachedInput": "0.04125"
            }
          }
        ]
      },
      {
        "id": "anthropic.claude-3-5-haiku-20241022-v1:0",
        "aliases": [],
        "snapshots": [
          "claude-3-5-haiku-20241022",
          "us.anthropic.claude-3-5-haiku-20241022-v1:0",
          "eu.anthropic.claude-3-5-haiku-20241022-v1:0",
          "apac.anthropic.claude-3-5-haiku-20241022-v1:0",
          "au.anthropic.claude-3-5-haiku-20241022-v1:0",
          "jp.anthropic.claude-3-5-haiku-20241022-v1:0",
          "ca.anthropic.claude-3-5-haiku-20241022-v1:0",
          "us-gov.anthropic.claude-3-5-haiku-20241022-v1:0"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "4",
              "cachedInput": "0.08",
              "cacheWrite5m": "1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.4",
              "output": "2",
              "cachedInput": "0.04",
              "cacheWrite5m": "0.5"
            }
          }
        ]
      },
      {
        "id": "anthropic.claude-3-5-sonnet-20240620-v1:0",
        "aliases": [],
        "snapshots": [
          "claude-3-5-sonnet-20240620",
          "us.anthropic.claude-3-5-sonnet-20240620-v1:0",
          "eu.anthropic.claude-3-5-sonnet-20240620-v1:0",
          "apac.anthropic.claude-3-5-sonnet-20240620-v1:0",
          "au.anthropic.claude-3-5-sonnet-20240620-v1:0",
          "jp.anthropic.claude-3-5-sonnet-20240620-v1:0",
          "ca.anthropic.claude-3-5-sonnet-20240620-v1:0",
          "us-gov.anthropic.claude-3-5-sonnet-20240620-v1:0"
        ],
        "contextWindow": 1000000,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "15",
              "cachedInput": "0.3",
              "cacheWrite5m": "3.75"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "1.5",
              "output": "7.5",
              "cachedInput": "0.15",
              "cacheWrite5m": "1.875"
            }
          }
        ]
      },
      {
        "id": "anthropic.claude-3-5-sonnet-20241022-v2:0",
        "aliases": [],
        "snapshots": [
          "claude-3-5-sonnet-20241022",
          "us.anthropic.claude-3-5-sonnet-20241022-v2:0",
          "eu.anthropic.claude-3-5-sonnet-20241022-v2:0",
          "apac.anthropic.claude-3-5-sonnet-20241022-v2:0",
          "au.anthropic.claude-3-5-sonnet-20241022-v2:0",
          "jp.anthropic.claude-3-5-sonnet-20241022-v2:0",
          "ca.anthropic.claude-3-5-sonnet-20241022-v2:0",
          "us-gov.anthropic.claude-3-5-sonnet-20241022-v2:0"
        ],
        "contextWindow": 1000000,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "15",
              "cachedInput": "0.3",
              "cacheWrite5m": "3.75"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "1.5",
              "output": "7.5",
              "cachedInput": "0.15",
              "cacheWrite5m": "1.875"
            }
          }
        ]
      },
      {
        "id": "anthropic.claude-3-7-sonnet-20250219-v1:0",
        "aliases": [],
        "snapshots": [
          "claude-3-7-sonnet-20250219",
          "us.anthropic.claude-3-7-sonnet-20250219-v1:0",
          "eu.anthropic.claude-3-7-sonnet-20250219-v1:0",
          "apac.anthropic.claude-3-7-sonnet-20250219-v1:0",
          "au.anthropic.claude-3-7-sonnet-20250219-v1:0",
          "jp.anthropic.claude-3-7-sonnet-20250219-v1:0",
          "ca.anthropic.claude-3-7-sonnet-20250219-v1:0",
          "us-gov.anthropic.claude-3-7-sonnet-20250219-v1:0"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "15",
              "cachedInput": "0.3",
              "cacheWrite5m": "3.75"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "1.5",
              "output": "7.5",
              "cachedInput": "0.15",
              "cacheWrite5m": "1.875"
            }
          }
        ]
      },
      {
        "id": "anthropic.claude-3-haiku-20240307-v1:0",
        "aliases": [],
        "snapshots": [
          "claude-3-haiku-20240307",
          "us.anthropic.claude-3-haiku-20240307-v1:0",
          "eu.anthropic.claude-3-haiku-20240307-v1:0",
          "apac.anthropic.claude-3-haiku-20240307-v1:0",
          "au.anthropic.claude-3-haiku-20240307-v1:0",
          "jp.anthropic.claude-3-haiku-20240307-v1:0",
          "ca.anthropic.claude-3-haiku-20240307-v1:0",
          "us-gov.anthropic.claude-3-haiku-20240307-v1:0"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "0.25",
              "output": "1.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.125",
              "output": "0.625"
            }
          }
        ]
      },
      {
        "id": "anthropic.claude-3-opus-20240229-v1:0",
        "aliases": [],
        "snapshots": [
          "claude-3-opus-20240229",
          "us.anthropic.claude-3-opus-20240229-v1:0",
          "eu.anthropic.claude-3-opus-20240229-v1:0",
          "apac.anthropic.claude-3-opus-20240229-v1:0",
          "au.anthropic.claude-3-opus-20240229-v1:0",
          "jp.anthropic.claude-3-opus-20240229-v1:0",
          "ca.anthropic.claude-3-opus-20240229-v1:0",
          "us-gov.anthropic.claude-3-opus-20240229-v1:0"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "15",
              "output": "75"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "7.5",
              "output": "37.5"
            }
          }
        ]
      },
      {
        "id": "anthropic.claude-3-sonnet-20240229-v1:0",
        "aliases": [],
        "snapshots": [
          "claude-3-sonnet-20240229",
          "us.anthropic.claude-3-sonnet-20240229-v1:0",
          "eu.anthropic.claude-3-sonnet-20240229-v1:0",
          "apac.anthropic.claude-3-sonnet-20240229-v1:0",
          "au.anthropic.claude-3-sonnet-20240229-v1:0",
          "jp.anthropic.claude-3-sonnet-20240229-v1:0",
          "ca.anthropic.claude-3-sonnet-20240229-v1:0",
          "us-gov.anthropic.claude-3-sonnet-20240229-v1:0"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "15",
              "cachedInput": "0.3",
              "cacheWrite5m": "3.75"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "1.5",
              "output": "7.5",
              "cachedInput": "0.15",
              "cacheWrite5m": "1.875"
            }
          }
        ]
      },
      {
        "id": "anthropic.claude-fable-5-v1:0",
        "aliases": [
          "anthropic.claude-fable-5",
          "claude-fable-5",
          "us.anthropic.claude-fable-5",
          "au.anthropic.claude-fable-5",
          "eu.anthropic.claude-fable-5",
          "jp.anthropic.claude-fable-5",
          "us.anthropic.claude-fable-5-v1:0",
          "eu.anthropic.claude-fable-5-v1:0",
          "apac.anthropic.claude-fable-5-v1:0",
          "au.anthropic.claude-fable-5-v1:0",
          "jp.anthropic.claude-fable-5-v1:0",
          "ca.anthropic.claude-fable-5-v1:0",
          "us-gov.anthropic.claude-fable-5-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "11",
              "output": "55",
              "cachedInput": "1.1",
              "cacheWrite5m": "13.75"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "5.5",
              "output": "27.5",
              "cachedInput": "0.55",
              "cacheWrite5m": "6.875"
            }
          }
        ]
      },
      {
        "id": "anthropic.claude-haiku-4-5-20251001-v1:0",
        "aliases": [],
        "snapshots": [
          "anthropic.claude-haiku-4-5-20251001",
          "claude-haiku-4-5-20251001",
          "us.anthropic.claude-haiku-4-5-20251001",
          "au.anthropic.claude-haiku-4-5-20251001",
          "apac.anthropic.claude-haiku-4-5-20251001",
          "eu.anthropic.claude-haiku-4-5-20251001",
          "us-gov.anthropic.claude-haiku-4-5-20251001",
          "jp.anthropic.claude-haiku-4-5-20251001",
          "us.anthropic.claude-haiku-4-5-20251001-v1:0",
          "eu.anthropic.claude-haiku-4-5-20251001-v1:0",
          "apac.anthropic.claude-haiku-4-5-20251001-v1:0",
          "au.anthropic.claude-haiku-4-5-20251001-v1:0",
          "jp.anthropic.claude-haiku-4-5-20251001-v1:0",
          "ca.anthropic.claude-haiku-4-5-20251001-v1:0",
          "us-gov.anthropic.claude-haiku-4-5-20251001-v1:0"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 64000,
        "prices": [
          {
            "standard": {
              "input": "1.1",
              "output": "5.5",
              "cachedInput": "0.11",
              "cacheWrite5m": "1.375"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.55",
              "output": "2.75",
              "cachedInput": "0.055",
              "cacheWrite5m": "0.6875"
            }
          }
        ]
      },
      {
        "id": "anthropic.claude-opus-4-1-20250805-v1:0",
        "aliases": [],
        "snapshots": [
          "anthropic.claude-opus-4-1-20250805",
          "claude-opus-4-1-20250805",
          "us.anthropic.claude-opus-4-1-20250805",
          "au.anthropic.claude-opus-4-1-20250805",
          "apac.anthropic.claude-opus-4-1-20250805",
          "eu.anthropic.claude-opus-4-1-20250805",
          "us-gov.anthropic.claude-opus-4-1-20250805",
          "jp.anthropic.claude-opus-4-1-20250805",
          "us.anthropic.claude-opus-4-1-20250805-v1:0",
          "eu.anthropic.claude-opus-4-1-20250805-v1:0",
          "apac.anthropic.claude-opus-4-1-20250805-v1:0",
          "au.anthropic.claude-opus-4-1-20250805-v1:0",
          "jp.anthropic.claude-opus-4-1-20250805-v1:0",
          "ca.anthropic.claude-opus-4-1-20250805-v1:0",
          "us-gov.anthropic.claude-opus-4-1-20250805-v1:0"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 32000,
        "prices": [
          {
            "standard": {
              "input": "15",
              "output": "75",
              "cachedInput": "1.5",
              "cacheWrite5m": "18.75"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "7.5",
              "output": "37.5",
              "cachedInput": "0.75",
              "cacheWrite5m": "9.375"
            }
          }
        ]
      },
      {
        "id": "anthropic.claude-opus-4-20250514-v1:0",
        "aliases": [],
        "snapshots": [
          "anthropic.claude-opus-4-20250514",
          "claude-opus-4-20250514",
          "us.anthropic.claude-opus-4-20250514",
          "au.anthropic.claude-opus-4-20250514",
          "apac.anthropic.claude-opus-4-20250514",
          "eu.anthropic.claude-opus-4-20250514",
          "us-gov.anthropic.claude-opus-4-20250514",
          "jp.anthropic.claude-opus-4-20250514",
          "us.anthropic.claude-opus-4-20250514-v1:0",
          "eu.anthropic.claude-opus-4-20250514-v1:0",
          "apac.anthropic.claude-opus-4-20250514-v1:0",
          "au.anthropic.claude-opus-4-20250514-v1:0",
          "jp.anthropic.claude-opus-4-20250514-v1:0",
          "ca.anthropic.claude-opus-4-20250514-v1:0",
          "us-gov.anthropic.claude-opus-4-20250514-v1:0"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 32000,
        "prices": [
          {
            "standard": {
              "input": "15",
              "output": "75",
              "cachedInput": "1.5",
              "cacheWrite5m": "18.75"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "7.5",
              "output": "37.5",
              "cachedInput": "0.75",
              "cacheWrite5m": "9.375"
            }
          }
        ]
      },
      {
        "id": "anthropic.claude-opus-4-5-v1:0",
        "aliases": [
          "anthropic.claude-opus-4-5",
          "claude-opus-4-5",
          "us.anthropic.claude-opus-4-5",
          "au.anthropic.claude-opus-4-5",
          "apac.anthropic.claude-opus-4-5",
          "eu.anthropic.claude-opus-4-5",
          "us-gov.anthropic.claude-opus-4-5",
          "jp.anthropic.claude-opus-4-5",
          "us.anthropic.claude-opus-4-5-v1:0",
          "eu.anthropic.claude-opus-4-5-v1:0",
          "apac.anthropic.claude-opus-4-5-v1:0",
          "au.anthropic.claude-opus-4-5-v1:0",
          "jp.anthropic.claude-opus-4-5-v1:0",
          "ca.anthropic.claude-opus-4-5-v1:0",
          "us-gov.anthropic.claude-opus-4-5-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "5.5",
              "output": "27.5",
              "cachedInput": "0.55",
              "cacheWrite5m": "6.875"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "2.75",
              "output": "13.75",
              "cachedInput": "0.275",
              "cacheWrite5m": "3.4375"
            }
          }
        ]
      },
      {
        "id": "anthropic.claude-opus-4-6-v1:0",
        "aliases": [
          "anthropic.claude-opus-4-6",
          "claude-opus-4-6",
          "us.anthropic.claude-opus-4-6",
          "au.anthropic.claude-opus-4-6",
          "apac.anthropic.claude-opus-4-6",
          "eu.anthropic.claude-opus-4-6",
          "us-gov.anthropic.claude-opus-4-6",
          "jp.anthropic.claude-opus-4-6",
          "us.anthropic.claude-opus-4-6-v1:0",
          "eu.anthropic.claude-opus-4-6-v1:0",
          "apac.anthropic.claude-opus-4-6-v1:0",
          "au.anthropic.claude-opus-4-6-v1:0",
          "jp.anthropic.claude-opus-4-6-v1:0",
          "ca.anthropic.claude-opus-4-6-v1:0",
          "us-gov.anthropic.claude-opus-4-6-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "5.5",
              "output": "27.5",
              "cachedInput": "0.55",
              "cacheWrite5m": "6.875"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "2.75",
              "output": "13.75",
              "cachedInput": "0.275",
              "cacheWrite5m": "3.4375"
            }
          }
        ]
      },
      {
        "id": "anthropic.claude-opus-4-7-v1:0",
        "aliases": [
          "anthropic.claude-opus-4-7",
          "claude-opus-4-7",
          "us.anthropic.claude-opus-4-7",
          "au.anthropic.claude-opus-4-7",
          "apac.anthropic.claude-opus-4-7",
          "eu.anthropic.claude-opus-4-7",
          "us-gov.anthropic.claude-opus-4-7",
          "jp.anthropic.claude-opus-4-7",
          "us.anthropic.claude-opus-4-7-v1:0",
          "eu.anthropic.claude-opus-4-7-v1:0",
          "apac.anthropic.claude-opus-4-7-v1:0",
          "au.anthropic.claude-opus-4-7-v1:0",
          "jp.anthropic.claude-opus-4-7-v1:0",
          "ca.anthropic.claude-opus-4-7-v1:0",
          "us-gov.anthropic.claude-opus-4-7-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "5.5",
              "output": "27.5",
              "cachedInput": "0.55",
              "cacheWrite5m": "6.875"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "2.75",
              "output": "13.75",
              "cachedInput": "0.275",
              "cacheWrite5m": "3.4375"
            }
          }
        ]
      },
      {
        "id": "anthropic.claude-opus-4-8-v1:0",
        "aliases": [
          "anthropic.claude-opus-4-8",
          "claude-opus-4-8",
          "us.anthropic.claude-opus-4-8",
          "au.anthropic.claude-opus-4-8",
          "eu.anthropic.claude-opus-4-8",
          "jp.anthropic.claude-opus-4-8",
          "us.anthropic.claude-opus-4-8-v1:0",
          "eu.anthropic.claude-opus-4-8-v1:0",
          "apac.anthropic.claude-opus-4-8-v1:0",
          "au.anthropic.claude-opus-4-8-v1:0",
          "jp.anthropic.claude-opus-4-8-v1:0",
          "ca.anthropic.claude-opus-4-8-v1:0",
          "us-gov.anthropic.claude-opus-4-8-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "5.5",
              "output": "27.5",
              "cachedInput": "0.55",
              "cacheWrite5m": "6.875"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "2.75",
              "output": "13.75",
              "cachedInput": "0.275",
              "cacheWrite5m": "3.4375"
            }
          }
        ]
      },
      {
        "id": "anthropic.claude-opus-5",
        "aliases": [
          "claude-opus-5",
          "us.anthropic.claude-opus-5",
          "au.anthropic.claude-opus-5",
          "eu.anthropic.claude-opus-5",
          "jp.anthropic.claude-opus-5",
          "apac.anthropic.claude-opus-5",
          "ca.anthropic.claude-opus-5",
          "us-gov.anthropic.claude-opus-5"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "5.5",
              "output": "27.5",
              "cachedInput": "0.55",
              "cacheWrite5m": "6.875"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "2.75",
              "output": "13.75",
              "cachedInput": "0.275",
              "cacheWrite5m": "3.4375"
            }
          }
        ]
      },
      {
        "id": "anthropic.claude-sonnet-4-20250514-v1:0",
        "aliases": [],
        "snapshots": [
          "anthropic.claude-sonnet-4-20250514",
          "claude-sonnet-4-20250514",
          "us.anthropic.claude-sonnet-4-20250514",
          "au.anthropic.claude-sonnet-4-20250514",
          "apac.anthropic.claude-sonnet-4-20250514",
          "eu.anthropic.claude-sonnet-4-20250514",
          "us-gov.anthropic.claude-sonnet-4-20250514",
          "jp.anthropic.claude-sonnet-4-20250514",
          "us.anthropic.claude-sonnet-4-20250514-v1:0",
          "eu.anthropic.claude-sonnet-4-20250514-v1:0",
          "apac.anthropic.claude-sonnet-4-20250514-v1:0",
          "au.anthropic.claude-sonnet-4-20250514-v1:0",
          "jp.anthropic.claude-sonnet-4-20250514-v1:0",
          "ca.anthropic.claude-sonnet-4-20250514-v1:0",
          "us-gov.anthropic.claude-sonnet-4-20250514-v1:0"
        ],
        "contextWindow": 1000000,
        "maxOutputTokens": 64000,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "15",
              "cachedInput": "0.3",
              "cacheWrite5m": "3.75"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "1.5",
              "output": "7.5",
              "cachedInput": "0.15",
              "cacheWrite5m": "1.875"
            }
          }
        ]
      },
      {
        "id": "anthropic.claude-sonnet-4-5-20250929-v1:0",
        "aliases": [],
        "snapshots": [
          "anthropic.claude-sonnet-4-5-20250929",
          "claude-sonnet-4-5-20250929",
          "us.anthropic.claude-sonnet-4-5-20250929",
          "au.anthropic.claude-sonnet-4-5-20250929",
          "apac.anthropic.claude-sonnet-4-5-20250929",
          "eu.anthropic.claude-sonnet-4-5-20250929",
          "us-gov.anthropic.claude-sonnet-4-5-20250929",
          "jp.anthropic.claude-sonnet-4-5-20250929",
          "us.anthropic.claude-sonnet-4-5-20250929-v1:0",
          "eu.anthropic.claude-sonnet-4-5-20250929-v1:0",
          "apac.anthropic.claude-sonnet-4-5-20250929-v1:0",
          "au.anthropic.claude-sonnet-4-5-20250929-v1:0",
          "jp.anthropic.claude-sonnet-4-5-20250929-v1:0",
          "ca.anthropic.claude-sonnet-4-5-20250929-v1:0",
          "us-gov.anthropic.claude-sonnet-4-5-20250929-v1:0"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 64000,
        "prices": [
          {
            "standard": {
              "input": "3.3",
              "output": "16.5",
              "cachedInput": "0.33",
              "cacheWrite5m": "4.125"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "1.65",
              "output": "8.25",
              "cachedInput": "0.165",
              "cacheWrite5m": "2.0625"
            }
          }
        ]
      },
      {
        "id": "anthropic.claude-sonnet-4-6-v1:0",
        "aliases": [
          "anthropic.claude-sonnet-4-6",
          "claude-sonnet-4-6",
          "us.anthropic.claude-sonnet-4-6",
          "au.anthropic.claude-sonnet-4-6",
          "apac.anthropic.claude-sonnet-4-6",
          "eu.anthropic.claude-sonnet-4-6",
          "us-gov.anthropic.claude-sonnet-4-6",
          "jp.anthropic.claude-sonnet-4-6",
          "us.anthropic.claude-sonnet-4-6-v1:0",
          "eu.anthropic.claude-sonnet-4-6-v1:0",
          "apac.anthropic.claude-sonnet-4-6-v1:0",
          "au.anthropic.claude-sonnet-4-6-v1:0",
          "jp.anthropic.claude-sonnet-4-6-v1:0",
          "ca.anthropic.claude-sonnet-4-6-v1:0",
          "us-gov.anthropic.claude-sonnet-4-6-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 64000,
        "prices": [
          {
            "standard": {
              "input": "3.3",
              "output": "16.5",
              "cachedInput": "0.33",
              "cacheWrite5m": "4.125"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "1.65",
              "output": "8.25",
              "cachedInput": "0.165",
              "cacheWrite5m": "2.0625"
            }
          }
        ]
      },
      {
        "id": "anthropic.claude-sonnet-5-v1:0",
        "aliases": [
          "anthropic.claude-sonnet-5",
          "claude-sonnet-5",
          "us.anthropic.claude-sonnet-5",
          "au.anthropic.claude-sonnet-5",
          "apac.anthropic.claude-sonnet-5",
          "eu.anthropic.claude-sonnet-5",
          "us-gov.anthropic.claude-sonnet-5",
          "jp.anthropic.claude-sonnet-5",
          "us.anthropic.claude-sonnet-5-v1:0",
          "eu.anthropic.claude-sonnet-5-v1:0",
          "apac.anthropic.claude-sonnet-5-v1:0",
          "au.anthropic.claude-sonnet-5-v1:0",
          "jp.anthropic.claude-sonnet-5-v1:0",
          "ca.anthropic.claude-sonnet-5-v1:0",
          "us-gov.anthropic.claude-sonnet-5-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2.2",
              "output": "11",
              "cachedInput": "0.22",
              "cacheWrite5m": "2.75"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "1.1",
              "output": "5.5",
              "cachedInput": "0.11",
              "cacheWrite5m": "1.375"
            }
          },
          {
            "standard": {
              "input": "3.3",
              "output": "16.5",
              "cachedInput": "0.33",
              "cacheWrite5m": "4.125"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "effectiveFrom": "2026-09-01",
            "batch": {
              "input": "1.65",
              "output": "8.25",
              "cachedInput": "0.165",
              "cacheWrite5m": "2.0625"
            }
          }
        ]
      },
      {
        "id": "writer.palmyra-x4-v1:0",
        "aliases": [
          "writer.palmyra-x4",
          "us.writer.palmyra-x4-v1:0",
          "eu.writer.palmyra-x4-v1:0",
          "apac.writer.palmyra-x4-v1:0",
          "au.writer.palmyra-x4-v1:0",
          "jp.writer.palmyra-x4-v1:0",
          "ca.writer.palmyra-x4-v1:0",
          "us-gov.writer.palmyra-x4-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "2.5",
              "output": "10"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "1.25",
              "output": "5"
            }
          }
        ]
      },
      {
        "id": "writer.palmyra-x5-v1:0",
        "aliases": [
          "writer.palmyra-x5",
          "us.writer.palmyra-x5-v1:0",
          "eu.writer.palmyra-x5-v1:0",
          "apac.writer.palmyra-x5-v1:0",
          "au.writer.palmyra-x5-v1:0",
          "jp.writer.palmyra-x5-v1:0",
          "ca.writer.palmyra-x5-v1:0",
          "us-gov.writer.palmyra-x5-v1:0"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.6",
              "output": "6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); aws.amazon.com/bedrock/pricing",
            "batch": {
              "input": "0.3",
              "output": "3"
            }
          }
        ]
      }
    ]
  },
  "deepseek": {
    "$schema": "./pricing.schema.json",
    "provider": "deepseek",
    "version": "2026-11-29",
    "currency": "USD",
    "models": [
      {
        "id": "deepseek-chat",
        "aliases": [
          "deepseek-chat-v3-0324"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.27",
              "cachedInput": "0.07",
              "output": "1.1"
            },
            "checked": "2026-11-29",
            "source": "api-docs.deepseek.com/quick_start/pricing"
          },
          {
            "effectiveFrom": "2025-09-05",
            "standard": {
              "input": "0.56",
              "cachedInput": "0.07",
              "output": "1.68"
            },
            "checked": "2026-11-29",
            "source": "api-docs.deepseek.com/quick_start/pricing"
          },
          {
            "effectiveFrom": "2025-09-29",
            "standard": {
              "input": "0.28",
              "cachedInput": "0.028",
              "output": "0.42"
            },
            "checked": "2026-11-29",
            "source": "api-docs.deepseek.com/quick_start/pricing"
          }
        ]
      },
      {
        "id": "deepseek-reasoner",
        "aliases": [
          "deepseek-r1",
          "deepseek-r1-0528"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 65536,
        "prices": [
          {
            "standard": {
              "input": "0.55",
              "cachedInput": "0.14",
              "output": "2.19"
            },
            "checked": "2026-11-29",
            "source": "api-docs.deepseek.com/quick_start/pricing"
          },
          {
            "effectiveFrom": "2025-09-05",
            "standard": {
              "input": "0.56",
              "cachedInput": "0.07",
              "output": "1.68"
            },
            "checked": "2026-11-29",
            "source": "api-docs.deepseek.com/quick_start/pricing"
          },
          {
            "effectiveFrom": "2025-09-29",
            "standard": {
              "input": "0.28",
              "cachedInput": "0.028",
              "output": "0.42"
            },
            "checked": "2026-11-29",
            "source": "api-docs.deepseek.com/quick_start/pricing"
          }
        ]
      },
      {
        "id": "deepseek-v3.1-terminus",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.27",
              "output": "0.95",
              "cachedInput": "0.13"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); api-docs.deepseek.com/quick_start/pricing"
          }
        ]
      },
      {
        "id": "deepseek-v3.2",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 163840,
        "maxOutputTokens": 163840,
        "prices": [
          {
            "standard": {
              "input": "0.2288",
              "output": "0.3432"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); api-docs.deepseek.com/quick_start/pricing"
          }
        ]
      },
      {
        "id": "deepseek-v3.2-exp",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.27",
              "output": "0.41"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); api-docs.deepseek.com/quick_start/pricing"
          }
        ]
      },
      {
        "id": "deepseek-v4-flash",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.14",
              "output": "0.28",
              "cachedInput": "0.0028"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); api-docs.deepseek.com/quick_start/pricing"
          }
        ]
      },
      {
        "id": "deepseek-v4-pro",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.435",
              "output": "0.87",
              "cachedInput": "0.003625"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); api-docs.deepseek.com/quick_start/pricing",
            "note": "launch promotion (75% off) until 2026-05-31"
          },
          {
            "effectiveFrom": "2026-06-01",
            "standard": {
              "input": "1.74",
              "cachedInput": "0.0145",
              "output": "3.48"
            },
            "checked": "2026-11-29",
            "source": "api-docs.deepseek.com/quick_start/pricing"
          }
        ]
      }
    ]
  },
  "fireworks": {
    "$schema": "./pricing.schema.json",
    "provider": "fireworks",
    "version": "2026-11-29",
    "currency": "USD",
    "models": [
      {
        "id": "deepseek-r1-0528",
        "aliases": [
          "accounts/fireworks/models/deepseek-r1-0528"
        ],
        "snapshots": [],
        "contextWindow": 160000,
        "maxOutputTokens": 160000,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "8"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "1.5",
              "output": "4"
            }
          }
        ]
      },
      {
        "id": "deepseek-v3-0324",
        "aliases": [
          "accounts/fireworks/models/deepseek-v3-0324"
        ],
        "snapshots": [],
        "contextWindow": 160000,
        "maxOutputTokens": 160000,
        "prices": [
          {
            "standard": {
              "input": "0.9",
              "output": "0.9"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.45",
              "output": "0.45"
            }
          }
        ]
      },
      {
        "id": "deepseek-v3p2",
        "aliases": [
          "accounts/fireworks/models/deepseek-v3p2"
        ],
        "snapshots": [],
        "contextWindow": 163840,
        "maxOutputTokens": 163840,
        "prices": [
          {
            "standard": {
              "input": "0.56",
              "output": "1.68",
              "cachedInput": "0.28"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.28",
              "output": "0.84",
              "cachedInput": "0.14"
            }
          }
        ]
      },
      {
        "id": "deepseek-v4-flash",
        "aliases": [
          "accounts/fireworks/models/deepseek-v4-flash",
          "accounts/fireworks/models/deepseek-v4-flash-0731"
        ],
        "snapshots": [],
        "contextWindow": 1040000,
        "maxOutputTokens": 384000,
        "prices": [
          {
            "standard": {
              "input": "0.14",
              "output": "0.28",
              "cachedInput": "0.028"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.07",
              "output": "0.14",
              "cachedInput": "0.014"
            }
          }
        ]
      },
      {
        "id": "deepseek-v4-pro",
        "aliases": [
          "accounts/fireworks/models/deepseek-v4-pro"
        ],
        "snapshots": [],
        "contextWindow": 1048576,
        "maxOutputTokens": 384000,
        "prices": [
          {
            "standard": {
              "input": "1.74",
              "output": "3.48",
              "cachedInput": "0.145"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.87",
              "output": "1.74",
              "cachedInput": "0.0725"
            }
          }
        ]
      },
      {
        "id": "gemma-3-27b-it",
        "aliases": [
          "accounts/fireworks/models/gemma-3-27b-it"
        ],
        "snapshots": [],
        "contextWindow": 131000,
        "maxOutputTokens": 131000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.05",
              "output": "0.05"
            }
          }
        ]
      },
      {
        "id": "glm-4p7",
        "aliases": [
          "accounts/fireworks/models/glm-4p7"
        ],
        "snapshots": [],
        "contextWindow": 202752,
        "maxOutputTokens": 202752,
        "prices": [
          {
            "standard": {
              "input": "0.6",
              "output": "2.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.3",
              "output": "1.1"
            }
          }
        ]
      },
      {
        "id": "glm-5p1",
        "aliases": [
          "accounts/fireworks/models/glm-5p1"
        ],
        "snapshots": [],
        "contextWindow": 202800,
        "maxOutputTokens": 131072,
        "prices": [
          {
            "standard": {
              "input": "1.4",
              "output": "4.4",
              "cachedInput": "0.26"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.7",
              "output": "2.2",
              "cachedInput": "0.13"
            }
          }
        ]
      },
      {
        "id": "glm-5p1-fast",
        "aliases": [
          "accounts/fireworks/routers/glm-5p1-fast"
        ],
        "snapshots": [],
        "contextWindow": 202800,
        "maxOutputTokens": 131072,
        "prices": [
          {
            "standard": {
              "input": "2.8",
              "output": "8.8",
              "cachedInput": "0.52"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "1.4",
              "output": "4.4",
              "cachedInput": "0.26"
            }
          }
        ]
      },
      {
        "id": "glm-5p2",
        "aliases": [
          "accounts/fireworks/models/glm-5p2"
        ],
        "snapshots": [],
        "contextWindow": 1040000,
        "maxOutputTokens": 131072,
        "prices": [
          {
            "standard": {
              "input": "1.4",
              "output": "4.4",
              "cachedInput": "0.14"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.7",
              "output": "2.2",
              "cachedInput": "0.07"
            }
          }
        ]
      },
      {
        "id": "glm-5p2-fast",
        "aliases": [
          "accounts/fireworks/routers/glm-5p2-fast",
          "accounts/fireworks/routers/glm-5p2-fast-us"
        ],
        "snapshots": [],
        "contextWindow": 1040000,
        "maxOutputTokens": 1040000,
        "prices": [
          {
            "standard": {
              "input": "2.1",
              "output": "6.6",
              "cachedInput": "0.21"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "1.05",
              "output": "3.3",
              "cachedInput": "0.105"
            }
          }
        ]
      },
      {
        "id": "gpt-oss-120b",
        "aliases": [
          "accounts/fireworks/models/gpt-oss-120b"
        ],
        "snapshots": [],
        "contextWindow": 131072,
        "maxOutputTokens": 32768,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.6",
              "cachedInput": "0.014"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.075",
              "output": "0.3",
              "cachedInput": "0.007"
            }
          }
        ]
      },
      {
        "id": "gpt-oss-20b",
        "aliases": [
          "accounts/fireworks/models/gpt-oss-20b"
        ],
        "snapshots": [],
        "contextWindow": 131072,
        "maxOutputTokens": 32768,
        "prices": [
          {
            "standard": {
              "input": "0.07",
              "output": "0.3",
              "cachedInput": "0.035"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.035",
              "output": "0.15",
              "cachedInput": "0.0175"
            }
          }
        ]
      },
      {
        "id": "inkling",
        "aliases": [
          "accounts/fireworks/models/inkling"
        ],
        "snapshots": [],
        "contextWindow": 1040000,
        "maxOutputTokens": 1040000,
        "prices": [
          {
            "standard": {
              "input": "1",
              "output": "4.05",
              "cachedInput": "0.17"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.5",
              "output": "2.025",
              "cachedInput": "0.085"
            }
          }
        ]
      },
      {
        "id": "kimi-k2p5",
        "aliases": [
          "accounts/fireworks/models/kimi-k2p5"
        ],
        "snapshots": [],
        "contextWindow": 262144,
        "maxOutputTokens": 262144,
        "prices": [
          {
            "standard": {
              "input": "0.6",
              "output": "3",
              "cachedInput": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.3",
              "output": "1.5",
              "cachedInput": "0.05"
            }
          }
        ]
      },
      {
        "id": "kimi-k2p6",
        "aliases": [
          "accounts/fireworks/models/kimi-k2p6"
        ],
        "snapshots": [],
        "contextWindow": 262144,
        "maxOutputTokens": 262144,
        "prices": [
          {
            "standard": {
              "input": "0.95",
              "output": "4",
              "cachedInput": "0.16"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.475",
              "output": "2",
              "cachedInput": "0.08"
            }
          }
        ]
      },
      {
        "id": "kimi-k2p6-fast",
        "aliases": [
          "accounts/fireworks/routers/kimi-k2p6-fast"
        ],
        "snapshots": [],
        "contextWindow": 262144,
        "maxOutputTokens": 262144,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "8",
              "cachedInput": "0.3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "1",
              "output": "4",
              "cachedInput": "0.15"
            }
          }
        ]
      },
      {
        "id": "kimi-k2p7-code",
        "aliases": [
          "accounts/fireworks/models/kimi-k2p7-code"
        ],
        "snapshots": [],
        "contextWindow": 262144,
        "maxOutputTokens": 262144,
        "prices": [
          {
            "standard": {
              "input": "0.95",
              "output": "4",
              "cachedInput": "0.19"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.475",
              "output": "2",
              "cachedInput": "0.095"
            }
          }
        ]
      },
      {
        "id": "kimi-k2p7-code-fast",
        "aliases": [
          "accounts/fireworks/routers/kimi-k2p7-code-fast"
        ],
        "snapshots": [],
        "contextWindow": 262144,
        "maxOutputTokens": 262144,
        "prices": [
          {
            "standard": {
              "input": "1.9",
              "output": "8",
              "cachedInput": "0.38"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.95",
              "output": "4",
              "cachedInput": "0.19"
            }
          }
        ]
      },
      {
        "id": "kimi-k3",
        "aliases": [
          "accounts/fireworks/models/kimi-k3"
        ],
        "snapshots": [],
        "contextWindow": 1040000,
        "maxOutputTokens": 1040000,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "15",
              "cachedInput": "0.3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "1.5",
              "output": "7.5",
              "cachedInput": "0.15"
            }
          }
        ]
      },
      {
        "id": "kimi-k3-fast",
        "aliases": [
          "accounts/fireworks/routers/kimi-k3-fast"
        ],
        "snapshots": [],
        "contextWindow": 1040000,
        "maxOutputTokens": 1040000,
        "prices": [
          {
            "standard": {
              "input": "4.5",
              "output": "22.5",
              "cachedInput": "0.45"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "2.25",
              "output": "11.25",
              "cachedInput": "0.225"
            }
          }
        ]
      },
      {
        "id": "kimi-k3-us",
        "aliases": [
          "accounts/fireworks/routers/kimi-k3-us"
        ],
        "snapshots": [],
        "contextWindow": 1040000,
        "maxOutputTokens": 1040000,
        "prices": [
          {
            "standard": {
              "input": "3.3",
              "output": "16.5",
              "cachedInput": "0.33"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "1.65",
              "output": "8.25",
              "cachedInput": "0.165"
            }
          }
        ]
      },
      {
        "id": "llama-v3p1-8b-instruct",
        "aliases": [
          "accounts/fireworks/models/llama-v3p1-8b-instruct"
        ],
        "snapshots": [],
        "contextWindow": 131000,
        "maxOutputTokens": 16384,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "llama4-maverick-instruct-basic",
        "aliases": [
          "accounts/fireworks/models/llama4-maverick-instruct-basic"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 131072,
        "prices": [
          {
            "standard": {
              "input": "0.22",
              "output": "0.88"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.11",
              "output": "0.44"
            }
          }
        ]
      },
      {
        "id": "minimax-m2p1",
        "aliases": [
          "accounts/fireworks/models/minimax-m2p1"
        ],
        "snapshots": [],
        "contextWindow": 204800,
        "maxOutputTokens": 204800,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "1.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.15",
              "output": "0.6"
            }
          }
        ]
      },
      {
        "id": "minimax-m2p7",
        "aliases": [
          "accounts/fireworks/models/minimax-m2p7"
        ],
        "snapshots": [],
        "contextWindow": 196608,
        "maxOutputTokens": 196608,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "1.2",
              "cachedInput": "0.06"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.15",
              "output": "0.6",
              "cachedInput": "0.03"
            }
          }
        ]
      },
      {
        "id": "minimax-m3",
        "aliases": [
          "accounts/fireworks/models/minimax-m3"
        ],
        "snapshots": [],
        "contextWindow": 524288,
        "maxOutputTokens": 512000,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "1.2",
              "cachedInput": "0.06"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.15",
              "output": "0.6",
              "cachedInput": "0.03"
            }
          }
        ]
      },
      {
        "id": "nemotron-3-ultra-nvfp4",
        "aliases": [
          "accounts/fireworks/models/nemotron-3-ultra-nvfp4"
        ],
        "snapshots": [],
        "contextWindow": 262000,
        "maxOutputTokens": 262000,
        "prices": [
          {
            "standard": {
              "input": "0.6",
              "output": "2.4",
              "cachedInput": "0.12"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.3",
              "output": "1.2",
              "cachedInput": "0.06"
            }
          }
        ]
      },
      {
        "id": "qwen2p5-vl-72b-instruct",
        "aliases": [
          "accounts/fireworks/models/qwen2p5-vl-72b-instruct"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.9",
              "output": "0.9"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.45",
              "output": "0.45"
            }
          }
        ]
      },
      {
        "id": "qwen3-235b-a22b",
        "aliases": [
          "accounts/fireworks/models/qwen3-235b-a22b"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.22",
              "output": "0.88"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.11",
              "output": "0.44"
            }
          }
        ]
      },
      {
        "id": "qwen3p6-plus",
        "aliases": [
          "accounts/fireworks/models/qwen3p6-plus"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.5",
              "output": "3",
              "cachedInput": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.25",
              "output": "1.5",
              "cachedInput": "0.05"
            }
          }
        ]
      },
      {
        "id": "qwen3p7-plus",
        "aliases": [
          "accounts/fireworks/models/qwen3p7-plus"
        ],
        "snapshots": [],
        "contextWindow": 262144,
        "maxOutputTokens": 65536,
        "prices": [
          {
            "standard": {
              "input": "0.4",
              "output": "1.6",
              "cachedInput": "0.08"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.2",
              "output": "0.8",
              "cachedInput": "0.04"
            }
          }
        ]
      }
    ]
  },
  "google": {
    "$schema": "./pricing.schema.json",
    "provider": "google",
    "version": "2026-11-29",
    "currency": "USD",
    "models": [
      {
        "id": "gemini-1.0-pro-vision-001",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 32768,
        "maxOutputTokens": 32768,
        "prices": [
          {
            "standard": {
              "input": "0.125",
              "output": "0.375"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); ai.google.dev/gemini-api/docs/pricing",
            "batch": {
              "input": "0.0625",
              "output": "0.1875"
            }
          }
        ]
      },
      {
        "id": "gemini-1.5-flash",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 1000000,
        "prices": [
          {
            "standard": {
              "input": "0.075",
              "output": "0.3",
              "cachedInput": "0.01875",
              "longContext": [
                {
                  "aboveInputTokens": 128000,
                  "input": "0.15",
                  "cachedInput": "0.0375",
                  "output": "0.6"
                }
              ]
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); ai.google.dev/gemini-api/docs/pricing",
            "batch": {
              "input": "0.0375",
              "output": "0.15",
              "cachedInput": "0.009375",
              "longContext": [
                {
                  "aboveInputTokens": 128000,
                  "input": "0.075",
                  "output": "0.3",
                  "cachedInput": "0.01875"
                }
              ]
            }
          }
        ]
      },
      {
        "id": "gemini-1.5-pro",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 1000000,
        "prices": [
          {
            "standard": {
              "input": "1.25",
              "output": "5",
              "longContext": [
                {
                  "aboveInputTokens": 128000,
                  "input": "2.5",
                  "output": "10"
                }
              ]
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); ai.google.dev/gemini-api/docs/pricing",
            "batch": {
              "input": "0.625",
              "output": "2.5",
              "longContext": [
                {
                  "aboveInputTokens": 128000,
                  "input": "1.25",
                  "output": "5"
                }
              ]
            }
          }
        ]
      },
      {
        "id": "gemini-2.0-flash",
        "aliases": [
          "gemini-2.0-flash-0",
          "gemini-2.0-flash-exp",
          "gemini-2.0-flash-thinking",
          "gemini-2.0-flash-latest"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.4",
              "cachedInput": "0.025"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); ai.google.dev/gemini-api/docs/pricing",
            "batch": {
              "input": "0.05",
              "output": "0.2",
              "cachedInput": "0.0125"
            }
          }
        ]
      },
      {
        "id": "gemini-2.0-flash-lite",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.075",
              "output": "0.3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); ai.google.dev/gemini-api/docs/pricing",
            "batch": {
              "input": "0.0375",
              "output": "0.15"
            }
          }
        ]
      },
      {
        "id": "gemini-2.5-flash",
        "aliases": [
          "gemini-2.5-flash-latest",
          "gemini-2.5-flash-preview-09-2025"
        ],
        "snapshots": [],
        "contextWindow": 1048576,
        "maxOutputTokens": 65535,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "2.5",
              "cachedInput": "0.03"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); ai.google.dev/gemini-api/docs/pricing",
            "batch": {
              "input": "0.15",
              "output": "1.25",
              "cachedInput": "0.015"
            }
          }
        ]
      },
      {
        "id": "gemini-2.5-flash-lite",
        "aliases": [
          "gemini-2.5-flash-lite-preview",
          "gemini-2.5-flash-lite-preview-latest"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 65535,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.4",
              "cachedInput": "0.01"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); ai.google.dev/gemini-api/docs/pricing",
            "batch": {
              "input": "0.05",
              "output": "0.2",
              "cachedInput": "0.005"
            }
          }
        ]
      },
      {
        "id": "gemini-2.5-flash-preview",
        "aliases": [
          "gemini-2.5-flash-preview-05-20",
          "gemini-2.5-flash-preview-04-17",
          "gemini-2.5-flash-preview-05-20:thinking",
          "gemini-2.5-flash-preview:thinking"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); ai.google.dev/gemini-api/docs/pricing",
            "batch": {
              "input": "0.075",
              "output": "0.3"
            }
          }
        ]
      },
      {
        "id": "gemini-2.5-pro",
        "aliases": [
          "gemini-2.5-pro-latest"
        ],
        "snapshots": [],
        "contextWindow": 1048576,
        "maxOutputTokens": 65535,
        "prices": [
          {
            "standard": {
              "input": "1.25",
              "output": "10",
              "cachedInput": "0.125",
              "longContext": [
                {
                  "aboveInputTokens": 200000,
                  "input": "2.5",
                  "cachedInput": "0.25",
                  "output": "15"
                }
              ]
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); ai.google.dev/gemini-api/docs/pricing",
            "batch": {
              "input": "0.625",
              "output": "5",
              "cachedInput": "0.0625",
              "longContext": [
                {
                  "aboveInputTokens": 200000,
                  "input": "1.25",
                  "output": "7.5",
                  "cachedInput": "0.125"
                }
              ]
            }
          }
        ]
      },
      {
        "id": "gemini-3-flash-preview",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 65535,
        "prices": [
          {
            "standard": {
              "input": "0.5",
              "output": "3",
              "cachedInput": "0.05"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); ai.google.dev/gemini-api/docs/pricing",
            "batch": {
              "input": "0.25",
              "output": "1.5",
              "cachedInput": "0.025"
            }
          }
        ]
      },
      {
        "id": "gemini-3-pro-preview",
        "aliases": [
          "gemini-3-pro-preview-latest",
          "gemini-3-pro-text-preview"
        ],
        "snapshots": [],
        "contextWindow": 1048576,
        "maxOutputTokens": 65535,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "12",
              "cachedInput": "0.2",
              "longContext": [
                {
                  "aboveInputTokens": 200000,
                  "input": "4",
                  "cachedInput": "0.4",
                  "output": "18"
                }
              ]
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); ai.google.dev/gemini-api/docs/pricing",
            "batch": {
              "input": "1",
              "output": "6",
              "cachedInput": "0.1",
              "longContext": [
                {
                  "aboveInputTokens": 200000,
                  "input": "2",
                  "output": "9",
                  "cachedInput": "0.2"
                }
              ]
            }
          }
        ]
      },
      {
        "id": "gemini-3.1-flash-lite",
        "aliases": [
          "gemini-3.1-flash-lite-preview",
          "gemini-3.1-flash-lite-preview-latest"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 65536,
        "prices": [
          {
            "standard": {
              "input": "0.25",
              "output": "1.5",
              "cachedInput": "0.025"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); ai.google.dev/gemini-api/docs/pricing",
            "batch": {
              "input": "0.125",
              "output": "0.75",
              "cachedInput": "0.0125"
            }
          }
        ]
      },
      {
        "id": "gemini-3.1-pro-preview",
        "aliases": [
          "gemini-3.1-pro-preview-latest"
        ],
        "snapshots": [],
        "contextWindow": 1048576,
        "maxOutputTokens": 65536,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "12",
              "cachedInput": "0.2",
              "longContext": [
                {
                  "aboveInputTokens": 200000,
                  "input": "4",
                  "cachedInput": "0.4",
                  "output": "18"
                }
              ]
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); ai.google.dev/gemini-api/docs/pricing",
            "batch": {
              "input": "1",
              "output": "6",
              "cachedInput": "0.1",
              "longContext": [
                {
                  "aboveInputTokens": 200000,
                  "input": "2",
                  "output": "9",
                  "cachedInput": "0.2"
                }
              ]
            }
          }
        ]
      },
      {
        "id": "gemini-3.5-flash",
        "aliases": [
          "gemini-3.5-flash-preview",
          "gemini-3.5-flash-preview-latest"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 65535,
        "prices": [
          {
            "standard": {
              "input": "1.5",
              "output": "9",
              "cachedInput": "0.15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); ai.google.dev/gemini-api/docs/pricing",
            "batch": {
              "input": "0.75",
              "output": "4.5",
              "cachedInput": "0.075"
            }
          }
        ]
      },
      {
        "id": "gemini-3.5-flash-lite",
        "aliases": [
          "gemini-3.5-flash-lite-latest"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 65536,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "2.5",
              "cachedInput": "0.03"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); ai.google.dev/gemini-api/docs/pricing",
            "batch": {
              "input": "0.15",
              "output": "1.25",
              "cachedInput": "0.015"
            }
          }
        ]
      },
      {
        "id": "gemini-3.6-flash",
        "aliases": [
          "gemini-3.6-flash-latest"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 65536,
        "prices": [
          {
            "standard": {
              "input": "0.75",
              "output": "3.75",
              "cachedInput": "0.075"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); ai.google.dev/gemini-api/docs/pricing",
            "batch": {
              "input": "0.375",
              "output": "1.875",
              "cachedInput": "0.0375"
            }
          },
          {
            "standard": {
              "input": "1.5",
              "output": "7.5",
              "cachedInput": "0.15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); ai.google.dev/gemini-api/docs/pricing",
            "effectiveFrom": "2027-01-01",
            "batch": {
              "input": "0.75",
              "output": "3.75",
              "cachedInput": "0.075"
            }
          }
        ]
      },
      {
        "id": "gemini-3.7-flash",
        "aliases": [
          "gemini-3.7-flash-latest"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 1000000,
        "prices": [
          {
            "standard": {
              "input": "0.75",
              "output": "3.75",
              "cachedInput": "0.075"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); ai.google.dev/gemini-api/docs/pricing",
            "batch": {
              "input": "0.375",
              "output": "1.875",
              "cachedInput": "0.0375"
            }
          },
          {
            "standard": {
              "input": "1.5",
              "output": "7.5",
              "cachedInput": "0.15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); ai.google.dev/gemini-api/docs/pricing",
            "effectiveFrom": "2027-01-01",
            "batch": {
              "input": "0.75",
              "output": "3.75",
              "cachedInput": "0.075"
            }
          }
        ]
      },
      {
        "id": "gemini-embedding-001",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 2048,
        "maxOutputTokens": 0,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); ai.google.dev/gemini-api/docs/pricing",
            "batch": {
              "input": "0.075",
              "output": "0"
            }
          }
        ]
      },
      {
        "id": "gemini-embedding-2",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 8192,
        "maxOutputTokens": 0,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); ai.google.dev/gemini-api/docs/pricing",
            "batch": {
              "input": "0.1",
              "output": "0"
            }
          }
        ]
      },
      {
        "id": "gemini-flash-1.5",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.075",
              "output": "0.3",
              "cachedInput": "0.01875",
              "longContext": [
                {
                  "aboveInputTokens": 128000,
                  "input": "0.15",
                  "cachedInput": "0.0375",
                  "output": "0.6"
                }
              ]
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); ai.google.dev/gemini-api/docs/pricing",
            "batch": {
              "input": "0.0375",
              "output": "0.15",
              "cachedInput": "0.009375",
              "longContext": [
                {
                  "aboveInputTokens": 128000,
                  "input": "0.075",
                  "output": "0.3",
                  "cachedInput": "0.01875"
                }
              ]
            }
          }
        ]
      },
      {
        "id": "gemini-flash-1.5-8b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 1000000,
        "prices": [
          {
            "standard": {
              "input": "0.0375",
              "output": "0.15",
              "cachedInput": "0.01",
              "longContext": [
                {
                  "aboveInputTokens": 128000,
                  "input": "0.075",
                  "cachedInput": "0.02",
                  "output": "0.3"
                }
              ]
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); ai.google.dev/gemini-api/docs/pricing",
            "batch": {
              "input": "0.01875",
              "output": "0.075",
              "cachedInput": "0.005",
              "longContext": [
                {
                  "aboveInputTokens": 128000,
                  "input": "0.0375",
                  "output": "0.15",
                  "cachedInput": "0.01"
                }
              ]
            }
          }
        ]
      },
      {
        "id": "gemini-pro",
        "aliases": [
          "gemini-1.0-pro"
        ],
        "snapshots": [],
        "contextWindow": 32768,
        "maxOutputTokens": 32768,
        "prices": [
          {
            "standard": {
              "input": "0.125",
              "output": "0.375"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); ai.google.dev/gemini-api/docs/pricing",
            "batch": {
              "input": "0.0625",
              "output": "0.1875"
            }
          }
        ]
      },
      {
        "id": "gemini-pro-1.5",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 2000000,
        "maxOutputTokens": 2000000,
        "prices": [
          {
            "standard": {
              "input": "1.25",
              "output": "5",
              "cachedInput": "0.3125",
              "longContext": [
                {
                  "aboveInputTokens": 128000,
                  "input": "2.5",
                  "cachedInput": "0.625",
                  "output": "10"
                }
              ]
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); ai.google.dev/gemini-api/docs/pricing",
            "batch": {
              "input": "0.625",
              "output": "2.5",
              "cachedInput": "0.15625",
              "longContext": [
                {
                  "aboveInputTokens": 128000,
                  "input": "1.25",
                  "output": "5",
                  "cachedInput": "0.3125"
                }
              ]
            }
          }
        ]
      },
      {
        "id": "gemma-2-27b-it",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.65",
              "output": "0.65"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); ai.google.dev/gemini-api/docs/pricing",
            "batch": {
              "input": "0.325",
              "output": "0.325"
            }
          }
        ]
      },
      {
        "id": "gemma-4-26b-a4b-it",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.06",
              "output": "0.33"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); ai.google.dev/gemini-api/docs/pricing",
            "batch": {
              "input": "0.03",
              "output": "0.165"
            }
          }
        ]
      },
      {
        "id": "gemma-4-31b-it",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.12",
              "output": "0.36",
              "cachedInput": "0.09"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); ai.google.dev/gemini-api/docs/pricing",
            "batch": {
              "input": "0.06",
              "output": "0.18",
              "cachedInput": "0.045"
            }
          }
        ]
      }
    ]
  },
  "groq": {
    "$schema": "./pricing.schema.json",
    "provider": "groq",
    "version": "2026-11-29",
    "currency": "USD",
    "models": [
      {
        "id": "deepseek-r1-distill-llama-70b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 131072,
        "maxOutputTokens": 131072,
        "prices": [
          {
            "standard": {
              "input": "0.75",
              "output": "0.99"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.375",
              "output": "0.495"
            }
          }
        ]
      },
      {
        "id": "gemma-7b-it",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 8192,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.07",
              "output": "0.07"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.035",
              "output": "0.035"
            }
          }
        ]
      },
      {
        "id": "gemma2-9b-it",
        "aliases": [
          "gemma2-9b"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "llama-3.1-405b-reasoning",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.59",
              "output": "0.79"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.295",
              "output": "0.395"
            }
          }
        ]
      },
      {
        "id": "llama-3.1-70b-versatile",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.59",
              "output": "0.79"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.295",
              "output": "0.395"
            }
          }
        ]
      },
      {
        "id": "llama-3.1-8b-instant",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.05",
              "output": "0.08"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.025",
              "output": "0.04"
            }
          }
        ]
      },
      {
        "id": "llama-3.2-11b-text-preview",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.18",
              "output": "0.18"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.09",
              "output": "0.09"
            }
          }
        ]
      },
      {
        "id": "llama-3.2-11b-vision-preview",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.18",
              "output": "0.18"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.09",
              "output": "0.09"
            }
          }
        ]
      },
      {
        "id": "llama-3.2-1b-preview",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.04",
              "output": "0.04"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.02",
              "output": "0.02"
            }
          }
        ]
      },
      {
        "id": "llama-3.2-3b-preview",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.06",
              "output": "0.06"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.03",
              "output": "0.03"
            }
          }
        ]
      },
      {
        "id": "llama-3.2-90b-text-preview",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.9",
              "output": "0.9"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.45",
              "output": "0.45"
            }
          }
        ]
      },
      {
        "id": "llama-3.2-90b-vision-preview",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.9",
              "output": "0.9"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.45",
              "output": "0.45"
            }
          }
        ]
      },
      {
        "id": "llama-3.3-70b-specdec",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.59",
              "output": "0.99"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.295",
              "output": "0.495"
            }
          }
        ]
      },
      {
        "id": "llama-3.3-70b-versatile",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 32768,
        "prices": [
          {
            "standard": {
              "input": "0.59",
              "output": "0.79"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.295",
              "output": "0.395"
            }
          }
        ]
      },
      {
        "id": "llama-guard-3-8b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "llama2-70b-4096",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.7",
              "output": "0.8"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.35",
              "output": "0.4"
            }
          }
        ]
      },
      {
        "id": "llama3-70b-8192",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.59",
              "output": "0.79"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.295",
              "output": "0.395"
            }
          }
        ]
      },
      {
        "id": "llama3-8b-8192",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.05",
              "output": "0.08"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.025",
              "output": "0.04"
            }
          }
        ]
      },
      {
        "id": "llama3-groq-70b-8192-tool-use-preview",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.89",
              "output": "0.89"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.445",
              "output": "0.445"
            }
          }
        ]
      },
      {
        "id": "llama3-groq-8b-8192-tool-use-preview",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.19",
              "output": "0.19"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.095",
              "output": "0.095"
            }
          }
        ]
      },
      {
        "id": "meta-llama/llama-4-maverick-17b-128e-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 131072,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.3"
            }
          }
        ]
      },
      {
        "id": "meta-llama/llama-4-scout-17b-16e-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 131072,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.11",
              "output": "0.34"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.055",
              "output": "0.17"
            }
          }
        ]
      },
      {
        "id": "meta-llama/llama-guard-4-12b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 131072,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "mistral-saba-24b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.79",
              "output": "0.79"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.395",
              "output": "0.395"
            }
          }
        ]
      },
      {
        "id": "mixtral-8x7b-32768",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.24",
              "output": "0.24"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.12",
              "output": "0.12"
            }
          }
        ]
      },
      {
        "id": "moonshotai/kimi-k2-instruct",
        "aliases": [
          "moonshotai/kimi-k2-instruct-0905"
        ],
        "snapshots": [],
        "contextWindow": 131072,
        "maxOutputTokens": 16384,
        "prices": [
          {
            "standard": {
              "input": "1",
              "output": "3",
              "cachedInput": "0.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.5",
              "output": "1.5",
              "cachedInput": "0.25"
            }
          }
        ]
      },
      {
        "id": "openai/gpt-oss-120b",
        "aliases": [
          "openai/gpt-oss-safeguard-20b"
        ],
        "snapshots": [],
        "contextWindow": 131072,
        "maxOutputTokens": 32766,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.6",
              "cachedInput": "0.075"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.075",
              "output": "0.3",
              "cachedInput": "0.0375"
            }
          }
        ]
      },
      {
        "id": "openai/gpt-oss-20b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 131072,
        "maxOutputTokens": 32768,
        "prices": [
          {
            "standard": {
              "input": "0.075",
              "output": "0.3",
              "cachedInput": "0.0375"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.0375",
              "output": "0.15",
              "cachedInput": "0.01875"
            }
          }
        ]
      },
      {
        "id": "qwen/qwen3-32b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 131000,
        "maxOutputTokens": 131000,
        "prices": [
          {
            "standard": {
              "input": "0.29",
              "output": "0.59"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.145",
              "output": "0.295"
            }
          }
        ]
      }
    ]
  },
  "mistral": {
    "$schema": "./pricing.schema.json",
    "provider": "mistral",
    "version": "2026-11-29",
    "currency": "USD",
    "models": [
      {
        "id": "codestral",
        "aliases": [
          "codestral-latest",
          "codestral-2501"
        ],
        "snapshots": [],
        "contextWindow": 32000,
        "maxOutputTokens": 8191,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "0.9"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.15",
              "output": "0.45"
            }
          }
        ]
      },
      {
        "id": "codestral-2508",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 256000,
        "maxOutputTokens": 256000,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "0.9",
              "cachedInput": "0.03"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.15",
              "output": "0.45",
              "cachedInput": "0.015"
            }
          }
        ]
      },
      {
        "id": "devstral-2512",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 256000,
        "maxOutputTokens": 256000,
        "prices": [
          {
            "standard": {
              "input": "0.4",
              "output": "2",
              "cachedInput": "0.04"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.2",
              "output": "1",
              "cachedInput": "0.02"
            }
          }
        ]
      },
      {
        "id": "devstral-small",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.06",
              "output": "0.12"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.03",
              "output": "0.06"
            }
          }
        ]
      },
      {
        "id": "magistral-medium",
        "aliases": [
          "magistral-medium-latest"
        ],
        "snapshots": [],
        "contextWindow": 40000,
        "maxOutputTokens": 40000,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "1",
              "output": "2.5"
            }
          }
        ]
      },
      {
        "id": "magistral-small",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.5",
              "output": "1.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.25",
              "output": "0.75"
            }
          }
        ]
      },
      {
        "id": "ministral-14b-2512",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2",
              "cachedInput": "0.02"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.1",
              "cachedInput": "0.01"
            }
          }
        ]
      },
      {
        "id": "ministral-3b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.04",
              "output": "0.04"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.02",
              "output": "0.02"
            }
          }
        ]
      },
      {
        "id": "ministral-3b-2512",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.1",
              "cachedInput": "0.01"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.05",
              "output": "0.05",
              "cachedInput": "0.005"
            }
          }
        ]
      },
      {
        "id": "ministral-8b",
        "aliases": [
          "ministral-8b-latest"
        ],
        "snapshots": [],
        "contextWindow": 262144,
        "maxOutputTokens": 262144,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.05",
              "output": "0.5"
            }
          }
        ]
      },
      {
        "id": "mistral-7b",
        "aliases": [
          "open-mistral-7b"
        ],
        "snapshots": [],
        "contextWindow": 32000,
        "maxOutputTokens": 8191,
        "prices": [
          {
            "standard": {
              "input": "0.25",
              "output": "0.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.125",
              "output": "0.125"
            }
          }
        ]
      },
      {
        "id": "mistral-embed",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 8192,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.05",
              "output": "0.05"
            }
          }
        ]
      },
      {
        "id": "mistral-large",
        "aliases": [
          "mistral-large-latest",
          "mistral-large-2407",
          "mistral-large-2411"
        ],
        "snapshots": [],
        "contextWindow": 262144,
        "maxOutputTokens": 262144,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "1",
              "output": "3"
            }
          }
        ]
      },
      {
        "id": "mistral-large-2512",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 262144,
        "maxOutputTokens": 262144,
        "prices": [
          {
            "standard": {
              "input": "0.5",
              "output": "1.5",
              "cachedInput": "0.05"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.25",
              "output": "0.75",
              "cachedInput": "0.025"
            }
          }
        ]
      },
      {
        "id": "mistral-medium-3",
        "aliases": [
          "mistral-medium",
          "mistral-medium-latest"
        ],
        "snapshots": [],
        "contextWindow": 32000,
        "maxOutputTokens": 8191,
        "prices": [
          {
            "standard": {
              "input": "0.4",
              "output": "2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.2",
              "output": "1"
            }
          }
        ]
      },
      {
        "id": "mistral-nemo",
        "aliases": [
          "open-mistral-nemo"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.075",
              "output": "0.075"
            }
          }
        ]
      },
      {
        "id": "mistral-saba",
        "aliases": [
          "mistral-saba-latest"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.3"
            }
          }
        ]
      },
      {
        "id": "mistral-small-24b-instruct-2501",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.05",
              "output": "0.08"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.025",
              "output": "0.04"
            }
          }
        ]
      },
      {
        "id": "mistral-small-2603",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.6",
              "cachedInput": "0.015"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.075",
              "output": "0.3",
              "cachedInput": "0.0075"
            }
          }
        ]
      },
      {
        "id": "mistral-small-3.1-24b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.351",
              "output": "0.555"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1755",
              "output": "0.2775"
            }
          }
        ]
      },
      {
        "id": "mistral-small-3.2-24b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.075",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.0375",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "mistral-small-latest",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 131072,
        "maxOutputTokens": 131072,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.05",
              "output": "0.15"
            }
          }
        ]
      },
      {
        "id": "mistral-tiny",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 32000,
        "maxOutputTokens": 8191,
        "prices": [
          {
            "standard": {
              "input": "0.25",
              "output": "0.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.125",
              "output": "0.125"
            }
          }
        ]
      },
      {
        "id": "mixtral-8x22b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.9",
              "output": "0.9"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.45",
              "output": "0.45"
            }
          }
        ]
      },
      {
        "id": "mixtral-8x7b",
        "aliases": [
          "mixtral-8x7b-latest",
          "open-mixtral-8x7b"
        ],
        "snapshots": [],
        "contextWindow": 32000,
        "maxOutputTokens": 8191,
        "prices": [
          {
            "standard": {
              "input": "0.7",
              "output": "0.7"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.35",
              "output": "0.35"
            }
          }
        ]
      },
      {
        "id": "pixtral-12b",
        "aliases": [
          "pixtral-12b-latest"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.075",
              "output": "0.075"
            }
          }
        ]
      },
      {
        "id": "pixtral-large",
        "aliases": [
          "pixtral-large-latest",
          "pixtral-large-2411"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "1",
              "output": "3"
            }
          }
        ]
      },
      {
        "id": "voxtral-small-24b-2507",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.3",
              "cachedInput": "0.01"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.05",
              "output": "0.15",
              "cachedInput": "0.005"
            }
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
  "openrouter": {
    "$schema": "./pricing.schema.json",
    "provider": "openrouter",
    "version": "2026-11-29",
    "currency": "USD",
    "models": [
      {
        "id": "01-ai/yi-large",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "aetherwiing/mn-starcannon-12b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "1.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "ai21/jamba-1-5-large",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "8"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "ai21/jamba-1-5-mini",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.4"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "ai21/jamba-1.6-large",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "8"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "ai21/jamba-1.6-mini",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.4"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "ai21/jamba-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.5",
              "output": "0.7"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "ai21/jamba-large-1.7",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "8"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "aion-labs/aion-1.0",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "4",
              "output": "8"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "aion-labs/aion-1.0-mini",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.7",
              "output": "1.4"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "aion-labs/aion-2.0",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "1.6",
              "cachedInput": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "aion-labs/aion-rp-llama-3.1-8b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "alfredpros/codellama-7b-instruct-solidity",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "1.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "all-hands/openhands-lm-32b-v0.1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2.6",
              "output": "3.4"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "allenai/olmo-3-32b-think",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "alpindale/goliath-120b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "6.5625",
              "output": "9.375"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "alpindale/magnum-72b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.5",
              "output": "2.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "amazon/nova-2-lite-v1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "2.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "amazon/nova-lite-v1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.06",
              "output": "0.24"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "amazon/nova-micro-v1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.035",
              "output": "0.14"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "amazon/nova-premier-v1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2.5",
              "output": "12.5",
              "cachedInput": "0.625"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "amazon/nova-pro-v1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "3.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "anthracite-org/magnum-v2-72b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "anthracite-org/magnum-v4-72b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.5",
              "output": "2.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "anthropic/claude-2",
        "aliases": [
          "anthropic/claude-2.0",
          "anthropic/claude-2.0:beta",
          "anthropic/claude-2.1",
          "anthropic/claude-2.1:beta",
          "anthropic/claude-2:beta"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "8",
              "output": "24"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "anthropic/claude-3-haiku",
        "aliases": [
          "anthropic/claude-3-haiku:beta"
        ],
        "snapshots": [],
        "contextWindow": 200000,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "0.25",
              "output": "1.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "anthropic/claude-3-opus",
        "aliases": [
          "anthropic/claude-3-opus:beta"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "15",
              "output": "75"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "anthropic/claude-3-sonnet",
        "aliases": [
          "anthropic/claude-3-sonnet:beta"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "anthropic/claude-3.5-haiku",
        "aliases": [
          "anthropic/claude-3.5-haiku-20241022:beta",
          "anthropic/claude-3.5-haiku:beta"
        ],
        "snapshots": [
          "anthropic/claude-3.5-haiku-20241022"
        ],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "4"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "anthropic/claude-3.5-sonnet",
        "aliases": [
          "anthropic/claude-3.5-sonnet-20240620:beta",
          "anthropic/claude-3.5-sonnet:beta"
        ],
        "snapshots": [
          "anthropic/claude-3.5-sonnet-20240620"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "anthropic/claude-3.7-sonnet",
        "aliases": [
          "anthropic/claude-3.7-sonnet:beta",
          "anthropic/claude-3.7-sonnet:thinking"
        ],
        "snapshots": [],
        "contextWindow": 200000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "anthropic/claude-fable-5",
        "aliases": [
          "anthropic/claude-fable-5:beta"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 1000000,
        "prices": [
          {
            "standard": {
              "input": "10",
              "output": "50",
              "cachedInput": "1",
              "cacheWrite5m": "12.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "anthropic/claude-haiku-4.5",
        "aliases": [
          "anthropic/claude-4.5-haiku-20251001:beta",
          "anthropic/claude-haiku-4.5-20251001:beta",
          "anthropic/claude-haiku-4.5:beta"
        ],
        "snapshots": [
          "anthropic/claude-4.5-haiku-20251001",
          "anthropic/claude-haiku-4.5-20251001"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 200000,
        "prices": [
          {
            "standard": {
              "input": "1",
              "output": "5",
              "cachedInput": "0.1",
              "cacheWrite5m": "1.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "anthropic/claude-opus-4",
        "aliases": [
          "anthropic/claude-opus-4.1"
        ],
        "snapshots": [],
        "contextWindow": 200000,
        "maxOutputTokens": 32000,
        "prices": [
          {
            "standard": {
              "input": "15",
              "output": "75",
              "cachedInput": "1.5",
              "cacheWrite5m": "18.75"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "anthropic/claude-opus-4.5",
        "aliases": [
          "anthropic/claude-4.5-opus-20251124:beta",
          "anthropic/claude-opus-4.5-20251124:beta",
          "anthropic/claude-opus-4.5:beta"
        ],
        "snapshots": [
          "anthropic/claude-4.5-opus-20251124",
          "anthropic/claude-opus-4.5-20251124"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 32000,
        "prices": [
          {
            "standard": {
              "input": "5",
              "output": "25",
              "cachedInput": "0.5",
              "cacheWrite5m": "6.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "anthropic/claude-opus-4.6",
        "aliases": [
          "anthropic/claude-4.6-opus-20260205:beta",
          "anthropic/claude-opus-4.6-20260205:beta",
          "anthropic/claude-opus-4.6:beta"
        ],
        "snapshots": [
          "anthropic/claude-4.6-opus-20260205",
          "anthropic/claude-opus-4.6-20260205"
        ],
        "contextWindow": 1000000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "5",
              "output": "25",
              "cachedInput": "0.5",
              "cacheWrite5m": "6.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "anthropic/claude-opus-4.6-fast",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "30",
              "output": "150",
              "cachedInput": "3",
              "cacheWrite5m": "37.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "anthropic/claude-opus-4.7",
        "aliases": [
          "anthropic/claude-opus-4.7:beta"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "5",
              "output": "25",
              "cachedInput": "0.5",
              "cacheWrite5m": "6.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "anthropic/claude-opus-4.7-fast",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "30",
              "output": "150",
              "cachedInput": "3",
              "cacheWrite5m": "37.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "anthropic/claude-opus-4.8",
        "aliases": [
          "anthropic/claude-opus-4.8:beta"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 1000000,
        "prices": [
          {
            "standard": {
              "input": "5",
              "output": "25",
              "cachedInput": "0.5",
              "cacheWrite5m": "6.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "anthropic/claude-opus-4.8-fast",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "10",
              "output": "50",
              "cachedInput": "1",
              "cacheWrite5m": "12.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "anthropic/claude-opus-5",
        "aliases": [
          "anthropic/claude-opus-5:beta"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 1000000,
        "prices": [
          {
            "standard": {
              "input": "5",
              "output": "25",
              "cachedInput": "0.5",
              "cacheWrite5m": "6.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "anthropic/claude-opus-5-fast",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 1000000,
        "prices": [
          {
            "standard": {
              "input": "10",
              "output": "50",
              "cachedInput": "1",
              "cacheWrite5m": "12.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "anthropic/claude-sonnet-4",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 64000,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "15",
              "cachedInput": "0.3",
              "cacheWrite5m": "3.75"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "anthropic/claude-sonnet-4.5",
        "aliases": [
          "anthropic/claude-4.5-sonnet-20250929:beta",
          "anthropic/claude-sonnet-4.5-20250929:beta",
          "anthropic/claude-sonnet-4.5:beta"
        ],
        "snapshots": [
          "anthropic/claude-4.5-sonnet-20250929",
          "anthropic/claude-sonnet-4.5-20250929"
        ],
        "contextWindow": 1000000,
        "maxOutputTokens": 1000000,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "15",
              "cachedInput": "0.3",
              "cacheWrite5m": "3.75",
              "longContext": [
                {
                  "aboveInputTokens": 200000,
                  "input": "6",
                  "cachedInput": "0.6",
                  "cacheWrite5m": "7.5",
                  "output": "22.5"
                }
              ]
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "anthropic/claude-sonnet-4.6",
        "aliases": [
          "anthropic/claude-4.6-sonnet-20260217:beta",
          "anthropic/claude-sonnet-4.6-20260217:beta",
          "anthropic/claude-sonnet-4.6:beta"
        ],
        "snapshots": [
          "anthropic/claude-4.6-sonnet-20260217",
          "anthropic/claude-sonnet-4.6-20260217"
        ],
        "contextWindow": 1000000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "15",
              "cachedInput": "0.3",
              "cacheWrite5m": "3.75"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "anthropic/claude-sonnet-5",
        "aliases": [
          "anthropic/claude-sonnet-5:beta"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 1000000,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "10",
              "cachedInput": "0.2",
              "cacheWrite5m": "2.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          },
          {
            "standard": {
              "input": "3",
              "output": "15",
              "cachedInput": "0.3",
              "cacheWrite5m": "3.75"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "effectiveFrom": "2026-09-01"
          }
        ]
      },
      {
        "id": "anubis-pro-105b-v1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "arcee-ai/coder-large",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.5",
              "output": "0.8"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "arcee-ai/trinity-large-thinking",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.22",
              "output": "0.85",
              "cachedInput": "0.06"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "arcee-ai/trinity-mini",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.045",
              "output": "0.15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "arcee-ai/virtuoso-large",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.75",
              "output": "1.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "arcee-blitz",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.45",
              "output": "0.75"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "baidu/ernie-4.5-vl-424b-a47b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.42",
              "output": "1.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "bytedance-seed/seed-1.6",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.25",
              "output": "2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "bytedance-seed/seed-1.6-flash",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.075",
              "output": "0.3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "bytedance-seed/seed-2.0-lite",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.25",
              "output": "2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "bytedance-seed/seed-2.0-mini",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.4"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "bytedance/ui-tars-1.5-7b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 131072,
        "maxOutputTokens": 2048,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "caller-large",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.55",
              "output": "0.85"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "chatgpt-4o-latest",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "5",
              "output": "15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "claude-2",
        "aliases": [
          "claude-2.0",
          "claude-2.0:beta",
          "claude-2.1",
          "claude-2.1:beta",
          "claude-2:beta"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "8",
              "output": "24"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "claude-3-opus",
        "aliases": [
          "claude-3-opus:beta"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "15",
              "output": "75",
              "cachedInput": "1.5",
              "cacheWrite5m": "18.75"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "claude-3-sonnet",
        "aliases": [
          "claude-3-sonnet:beta"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "15",
              "cachedInput": "0.3",
              "cacheWrite5m": "3.75"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "claude-3.5-sonnet",
        "aliases": [
          "claude-3.5-sonnet-20240620:beta",
          "claude-3.5-sonnet:beta"
        ],
        "snapshots": [
          "claude-3.5-sonnet-20240620"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "15",
              "cachedInput": "0.3",
              "cacheWrite5m": "3.75"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "claude-3.7-sonnet",
        "aliases": [
          "claude-3.7-sonnet:beta",
          "claude-3.7-sonnet:thinking"
        ],
        "snapshots": [],
        "contextWindow": 200000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "15",
              "cachedInput": "0.3",
              "cacheWrite5m": "3.75"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "codellama-7b-instruct-solidity",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "1.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "codestral-2501",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "0.9"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "codex-mini",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.5",
              "output": "6",
              "cachedInput": "0.375"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "cognitivecomputations/dolphin-mixtral-8x22b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.9",
              "output": "0.9"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "cognitivecomputations/dolphin-mixtral-8x7b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.5",
              "output": "0.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "cohere/command",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1",
              "output": "2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "cohere/command-a",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2.5",
              "output": "10"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "cohere/command-r",
        "aliases": [
          "cohere/command-r-03-2024"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.5",
              "output": "1.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "cohere/command-r-08-2024",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "cohere/command-r-plus",
        "aliases": [
          "cohere/command-r-plus-04-2024"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "cohere/command-r-plus-08-2024",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2.5",
              "output": "10"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "cohere/command-r7b-12-2024",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.0375",
              "output": "0.15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "command",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1",
              "output": "2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "command-r",
        "aliases": [
          "command-r-03-2024"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.5",
              "output": "1.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "command-r-plus",
        "aliases": [
          "command-r-plus-04-2024"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "deepcogito/cogito-v2.1-671b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.25",
              "output": "1.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "deepseek-prover-v2",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.5",
              "output": "2.18"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "deepseek-r1-0528-qwen3-8b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.05",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "deepseek-r1-distill-llama-8b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.04",
              "output": "0.04"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "deepseek-r1-distill-qwen-1.5b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.18",
              "output": "0.18"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "deepseek-r1-distill-qwen-14b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "deepseek-r1-distill-qwen-7b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "deepseek/deepseek-chat",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 65536,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.38",
              "output": "0.89"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "deepseek/deepseek-chat-v3-0324",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 65536,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "0.88"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "deepseek/deepseek-chat-v3.1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 163840,
        "maxOutputTokens": 163840,
        "prices": [
          {
            "standard": {
              "input": "0.21",
              "output": "0.79",
              "cachedInput": "0.13"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "deepseek/deepseek-r1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 65336,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.45",
              "output": "2.15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "deepseek/deepseek-r1-0528",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 65336,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.5",
              "output": "2.15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "deepseek/deepseek-r1-distill-llama-70b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.4"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "deepseek/deepseek-r1-distill-llama-8b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.04",
              "output": "0.04"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "deepseek/deepseek-r1-distill-qwen-1.5b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.18",
              "output": "0.18"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "deepseek/deepseek-r1-distill-qwen-14b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "deepseek/deepseek-r1-distill-qwen-32b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.12",
              "output": "0.18"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "deepseek/deepseek-v3.1-terminus",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 163840,
        "maxOutputTokens": 163840,
        "prices": [
          {
            "standard": {
              "input": "0.23",
              "output": "0.9"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "deepseek/deepseek-v3.2",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 163840,
        "maxOutputTokens": 163840,
        "prices": [
          {
            "standard": {
              "input": "0.2288",
              "output": "0.3432"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "deepseek/deepseek-v3.2-exp",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 163840,
        "maxOutputTokens": 163840,
        "prices": [
          {
            "standard": {
              "input": "0.27",
              "output": "0.41"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "deepseek/deepseek-v4-flash",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.0983",
              "output": "0.1966",
              "cachedInput": "0.0197"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "deepseek/deepseek-v4-pro",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.435",
              "output": "0.87",
              "cachedInput": "0.003625"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "devstral-small",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.06",
              "output": "0.12"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "dobby-mini-unhinged-plus-llama-3.1-8b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "dolphin-mixtral-8x22b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.9",
              "output": "0.9"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "eleutherai/llemma_7b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "1.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "essentialai/rnj-1-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "eva-llama-3.33-70b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "4",
              "output": "6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "eva-qwen-2.5-32b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2.6",
              "output": "3.4"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "eva-qwen-2.5-72b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "4",
              "output": "6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "eva-unit-01/eva-llama-3.33-70b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "4",
              "output": "6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "eva-unit-01/eva-qwen-2.5-32b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2.6",
              "output": "3.4"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "eva-unit-01/eva-qwen-2.5-72b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.9",
              "output": "1.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "fimbulvetr-11b-v2",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "1.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gemini-2.0-flash-001",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 1048576,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.4",
              "cachedInput": "0.025",
              "cacheWrite5m": "0.1833"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gemini-2.0-flash-lite-001",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.075",
              "output": "0.3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gemini-2.5-flash-lite-preview-06-17",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.4"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gemini-2.5-flash-preview",
        "aliases": [
          "gemini-2.5-flash-preview-05-20"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.6",
              "cachedInput": "0.0375",
              "cacheWrite5m": "0.2333"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gemini-2.5-flash-preview-05-20:thinking",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "3.5",
              "cachedInput": "0.0375",
              "cacheWrite5m": "0.2333"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gemini-2.5-flash-preview:thinking",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "3.5",
              "cachedInput": "0.0375",
              "cacheWrite5m": "0.2333"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gemini-flash-1.5",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.075",
              "output": "0.3",
              "cachedInput": "0.01875",
              "cacheWrite5m": "0.1583"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gemini-flash-1.5-8b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.0375",
              "output": "0.15",
              "cachedInput": "0.01",
              "cacheWrite5m": "0.0583"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gemini-pro-1.5",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.25",
              "output": "5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gemma-2-9b-it",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "glm-4-32b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.24",
              "output": "0.24"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "glm-5v-turbo",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.2",
              "output": "4",
              "cachedInput": "0.24"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "glm-z1-32b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.24",
              "output": "0.24"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "glm-z1-rumination-32b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.24",
              "output": "0.24"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "goliath-120b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "10",
              "output": "12.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "google/gemini-2.0-flash-001",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 1048576,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.4"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "google/gemini-2.0-flash-lite-001",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.075",
              "output": "0.3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "google/gemini-2.5-flash",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 1048576,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "2.5",
              "cachedInput": "0.075",
              "cacheWrite5m": "0.3833"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "google/gemini-2.5-flash-image",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "2.5",
              "cachedInput": "0.03",
              "cacheWrite5m": "0.08333333333333334"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "google/gemini-2.5-flash-lite",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.4",
              "cachedInput": "0.01",
              "cacheWrite5m": "0.08333333333333334"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "google/gemini-2.5-flash-lite-preview-09-2025",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.4"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "google/gemini-2.5-flash-preview",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "google/gemini-2.5-flash-preview-09-2025",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "2.5",
              "cachedInput": "0.075",
              "cacheWrite5m": "0.383"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "google/gemini-2.5-flash-preview:thinking",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "3.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "google/gemini-2.5-pro",
        "aliases": [
          "google/gemini-2.5-pro-preview",
          "google/gemini-2.5-pro-preview-05-06"
        ],
        "snapshots": [],
        "contextWindow": 1048576,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "1.25",
              "output": "10",
              "cachedInput": "0.31",
              "cacheWrite5m": "1.625"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "google/gemini-2.5-pro-preview-03-25",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.25",
              "output": "10"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "google/gemini-3-flash-preview",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 1048576,
        "maxOutputTokens": 65535,
        "prices": [
          {
            "standard": {
              "input": "0.5",
              "output": "3",
              "cachedInput": "0.05",
              "cacheWrite5m": "0.08333333333333334"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "google/gemini-3-pro-image-preview",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "12",
              "cachedInput": "0.2",
              "cacheWrite5m": "0.375"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "google/gemini-3.1-flash-image-preview",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.5",
              "output": "3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "google/gemini-3.1-flash-lite",
        "aliases": [
          "google/gemini-3.1-flash-lite-preview"
        ],
        "snapshots": [],
        "contextWindow": 1048576,
        "maxOutputTokens": 65536,
        "prices": [
          {
            "standard": {
              "input": "0.25",
              "output": "1.5",
              "cachedInput": "0.025",
              "cacheWrite5m": "0.08333333333333334"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "google/gemini-3.1-pro-preview",
        "aliases": [
          "google/gemini-3.1-pro-preview-customtools"
        ],
        "snapshots": [],
        "contextWindow": 1048576,
        "maxOutputTokens": 65536,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "12",
              "cachedInput": "0.2",
              "cacheWrite5m": "0.375"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "google/gemini-3.5-flash",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.5",
              "output": "9",
              "cachedInput": "0.15",
              "cacheWrite5m": "0.08333333333333334"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "google/gemini-flash-1.5",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.075",
              "output": "0.3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "google/gemini-flash-1.5-8b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.0375",
              "output": "0.15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "google/gemini-pro",
        "aliases": [
          "google/gemini-pro-vision"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.5",
              "output": "1.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "google/gemini-pro-1.5",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.25",
              "output": "5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "google/gemma-2-27b-it",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "0.8"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "google/gemma-2-9b-it",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.07",
              "output": "0.07"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "google/gemma-3-12b-it",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.05",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "google/gemma-3-27b-it",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "google/gemma-3-4b-it",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.02",
              "output": "0.04"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "google/gemma-3n-e4b-it",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.06",
              "output": "0.12"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "google/gemma-4-26b-a4b-it",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.06",
              "output": "0.33"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "google/gemma-4-31b-it",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.12",
              "output": "0.36",
              "cachedInput": "0.09"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "google/palm-2-chat-bison",
        "aliases": [
          "google/palm-2-chat-bison-32k"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1",
              "output": "2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "google/palm-2-codechat-bison",
        "aliases": [
          "google/palm-2-codechat-bison-32k"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1",
              "output": "2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-3.5-turbo-1106",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1",
              "output": "2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-4-1106-preview",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "10",
              "output": "30"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-4.5-preview",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "75",
              "output": "150",
              "cachedInput": "37.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gpt-4o:extended",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "6",
              "output": "18"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "grok-2-1212",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "10"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "grok-2-vision-1212",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "10"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "grok-3",
        "aliases": [
          "grok-3-beta"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "15",
              "cachedInput": "0.75"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "grok-3-mini",
        "aliases": [
          "grok-3-mini-beta"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "0.5",
              "cachedInput": "0.075"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "grok-beta",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "5",
              "output": "15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "grok-vision-beta",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "5",
              "output": "15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "gryphe/mythomax-l2-13b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.065",
              "output": "0.065"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "hermes-2-pro-llama-3-8b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.025",
              "output": "0.04"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "ibm-granite/granite-4.0-h-micro",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.017",
              "output": "0.112"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "ibm-granite/granite-4.1-8b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.05",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "inception/mercury-2",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.25",
              "output": "0.75",
              "cachedInput": "0.025"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "inclusionai/ling-2.6-1t",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.075",
              "output": "0.625",
              "cachedInput": "0.015"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "inclusionai/ling-2.6-flash",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.01",
              "output": "0.03",
              "cachedInput": "0.002"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "inclusionai/ring-2.6-1t",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.075",
              "output": "0.625",
              "cachedInput": "0.015"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "infermatic/mn-inferor-12b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "1.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "inflection/inflection-3-pi",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2.5",
              "output": "10"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "inflection/inflection-3-productivity",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2.5",
              "output": "10"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "jamba-1.6-large",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "8"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "jamba-1.6-mini",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.4"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "jondurbin/airoboros-l2-70b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.5",
              "output": "0.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "kwaipilot/kat-coder-pro-v2",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "1.2",
              "cachedInput": "0.06"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "l3-euryale-70b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.48",
              "output": "1.48"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "latitudegames/wayfarer-large-70b-llama-3.3",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "0.9"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "lfm-3b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.02",
              "output": "0.02"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "lfm-40b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "lfm-7b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.01",
              "output": "0.01"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "liquid/lfm-2-24b-a2b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.03",
              "output": "0.12"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "liquid/lfm-3b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.02",
              "output": "0.02"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "liquid/lfm-40b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "liquid/lfm-7b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.01",
              "output": "0.01"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "llama-3-lumimaid-70b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "4",
              "output": "6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "llama-3-lumimaid-8b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "1.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "llama-3.1-405b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "llama-3.1-405b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "0.8"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "llama-3.1-lumimaid-70b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2.5",
              "output": "3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "llama-3.1-lumimaid-8b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "1.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "llama-3.1-nemotron-70b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.12",
              "output": "0.3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "llama-3.1-nemotron-ultra-253b-v1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.6",
              "output": "1.8"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "llama-3.1-sonar-large-128k-online",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1",
              "output": "1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "llama-3.1-sonar-small-128k-online",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "llama-3.2-90b-vision-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.2",
              "output": "1.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "llama-3.3-nemotron-super-49b-v1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.13",
              "output": "0.4"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "llama-guard-2-8b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "llama3.1-typhoon2-70b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.88",
              "output": "0.88"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "llemma_7b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "1.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "maestro-reasoning",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.9",
              "output": "3.3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "magistral-medium-2506",
        "aliases": [
          "magistral-medium-2506:thinking"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "magistral-small-2506",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.5",
              "output": "1.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "magnum-72b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "4",
              "output": "6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "magnum-v2-72b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mancer/weaver",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 8000,
        "maxOutputTokens": 2000,
        "prices": [
          {
            "standard": {
              "input": "1.125",
              "output": "1.125"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mercury-coder-small-beta",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.25",
              "output": "1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "meta-llama/llama-2-13b-chat",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.22",
              "output": "0.22"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "meta-llama/llama-2-70b-chat",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.9",
              "output": "0.9"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "meta-llama/llama-3-70b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 8192,
        "maxOutputTokens": 8000,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "0.4"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "meta-llama/llama-3-8b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.03",
              "output": "0.06"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "meta-llama/llama-3.1-405b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "meta-llama/llama-3.1-405b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "0.8"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "meta-llama/llama-3.1-70b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.28"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "meta-llama/llama-3.1-8b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.02",
              "output": "0.03"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "meta-llama/llama-3.2-11b-vision-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.049",
              "output": "0.049"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "meta-llama/llama-3.2-1b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.005",
              "output": "0.01"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "meta-llama/llama-3.2-3b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.01",
              "output": "0.02"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "meta-llama/llama-3.2-90b-vision-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.9",
              "output": "0.9"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "meta-llama/llama-3.3-70b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.05",
              "output": "0.24"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "meta-llama/llama-4-maverick",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "meta-llama/llama-4-scout",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.08",
              "output": "0.3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "meta-llama/llama-guard-2-8b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "meta-llama/llama-guard-3-8b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.02",
              "output": "0.06"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "meta-llama/llama-guard-4-12b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.05",
              "output": "0.05"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "microsoft/phi-3-medium-128k-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1",
              "output": "1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "microsoft/phi-3-mini-128k-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "microsoft/phi-3.5-mini-128k-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "microsoft/phi-4",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.07",
              "output": "0.14"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "microsoft/phi-4-mini-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.08",
              "output": "0.35"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "microsoft/phi-4-multimodal-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.05",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "microsoft/wizardlm-2-7b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.07",
              "output": "0.07"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "microsoft/wizardlm-2-8x22b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.5",
              "output": "0.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "midnight-rose-70b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "0.8"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "minimax-m1:extended",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.55",
              "output": "2.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "minimax/minimax-01",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "1.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "minimax/minimax-m1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "1.65"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "minimax/minimax-m2",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 204800,
        "maxOutputTokens": 204800,
        "prices": [
          {
            "standard": {
              "input": "0.255",
              "output": "1",
              "cachedInput": "0.03"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "minimax/minimax-m2-her",
        "aliases": [],
        "snapshots": [
          "minimax/minimax-m2-her-20260123"
        ],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "1.2",
              "cachedInput": "0.03"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "minimax/minimax-m2.1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 204000,
        "maxOutputTokens": 64000,
        "prices": [
          {
            "standard": {
              "input": "0.29",
              "output": "0.95",
              "cachedInput": "0.03"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "minimax/minimax-m2.5",
        "aliases": [],
        "snapshots": [
          "minimax/minimax-m2.5-20260211"
        ],
        "contextWindow": 196608,
        "maxOutputTokens": 65536,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.9",
              "cachedInput": "0.05"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "minimax/minimax-m2.7",
        "aliases": [],
        "snapshots": [
          "minimax/minimax-m2.7-20260318"
        ],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.27",
              "output": "1.08",
              "cachedInput": "0.054"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "minimax/minimax-m3",
        "aliases": [],
        "snapshots": [
          "minimax/minimax-m3-20260531"
        ],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "1.2",
              "cachedInput": "0.06"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "ministral-3b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.04",
              "output": "0.04"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "ministral-8b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistral-7b-instruct",
        "aliases": [
          "mistral-7b-instruct-v0.3"
        ],
        "snapshots": [],
        "contextWindow": 32768,
        "maxOutputTokens": 8191,
        "prices": [
          {
            "standard": {
              "input": "0.028",
              "output": "0.054"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistral-7b-instruct-v0.1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.11",
              "output": "0.19"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistral-7b-instruct-v0.2",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistral-medium",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2.75",
              "output": "8.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistral-small",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistral-tiny",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.25",
              "output": "0.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistral/ministral-8b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistralai/codestral-2501",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "0.9"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistralai/codestral-2508",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "0.9",
              "cachedInput": "0.03"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistralai/codestral-mamba",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.25",
              "output": "0.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistralai/devstral-2512",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 262144,
        "maxOutputTokens": 65536,
        "prices": [
          {
            "standard": {
              "input": "0.4",
              "output": "2",
              "cachedInput": "0.04"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistralai/ministral-14b-2512",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 262144,
        "maxOutputTokens": 262144,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2",
              "cachedInput": "0.02"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistralai/ministral-3b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.04",
              "output": "0.04"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistralai/ministral-3b-2512",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 131072,
        "maxOutputTokens": 131072,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.1",
              "cachedInput": "0.01"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistralai/ministral-8b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistralai/ministral-8b-2512",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 262144,
        "maxOutputTokens": 262144,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.15",
              "cachedInput": "0.015"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistralai/mistral-7b-instruct",
        "aliases": [
          "mistralai/mistral-7b-instruct-v0.3"
        ],
        "snapshots": [],
        "contextWindow": 32768,
        "maxOutputTokens": 8191,
        "prices": [
          {
            "standard": {
              "input": "0.029",
              "output": "0.059"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistralai/mistral-7b-instruct-v0.1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistralai/mistral-7b-instruct-v0.2",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistralai/mistral-large",
        "aliases": [
          "mistralai/mistral-large-2407",
          "mistral-large-2411"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 8191,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistralai/mistral-large-2512",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 262144,
        "maxOutputTokens": 262144,
        "prices": [
          {
            "standard": {
              "input": "0.5",
              "output": "1.5",
              "cachedInput": "0.05"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistralai/mistral-medium",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2.75",
              "output": "8.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistralai/mistral-medium-3",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.4",
              "output": "2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistralai/mistral-medium-3-5",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.5",
              "output": "7.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistralai/mistral-medium-3.1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.4",
              "output": "2",
              "cachedInput": "0.04"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistralai/mistral-nemo",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.01",
              "output": "0.019"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistralai/mistral-saba",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistralai/mistral-small",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistralai/mistral-small-24b-instruct-2501",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.05",
              "output": "0.09"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistralai/mistral-small-2603",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.6",
              "cachedInput": "0.015"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistralai/mistral-small-3.1-24b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 131072,
        "maxOutputTokens": 131072,
        "prices": [
          {
            "standard": {
              "input": "0.05",
              "output": "0.15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistralai/mistral-small-3.2-24b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.075",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistralai/mistral-tiny",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.25",
              "output": "0.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistralai/mixtral-8x22b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 65536,
        "maxOutputTokens": 65536,
        "prices": [
          {
            "standard": {
              "input": "0.9",
              "output": "0.9"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistralai/mixtral-8x7b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.24",
              "output": "0.24"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistralai/pixtral-12b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistralai/pixtral-large-2411",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mistralai/voxtral-small-24b-2507",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.3",
              "cachedInput": "0.01"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mixtral-8x7b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.08",
              "output": "0.24"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mn-celeste-12b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "1.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mn-inferor-12b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "1.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mn-starcannon-12b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "1.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "moonshotai/kimi-k2",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.57",
              "output": "2.3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "moonshotai/kimi-k2-0905",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.6",
              "output": "2.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "moonshotai/kimi-k2-thinking",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.6",
              "output": "2.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "moonshotai/kimi-k2.5",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 262144,
        "maxOutputTokens": 262144,
        "prices": [
          {
            "standard": {
              "input": "0.4",
              "output": "1.9",
              "cachedInput": "0.09"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "moonshotai/kimi-k2.6",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.68",
              "output": "3.41",
              "cachedInput": "0.34"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "moonshotai/kimi-k2.7-code",
        "aliases": [],
        "snapshots": [
          "moonshotai/kimi-k2.7-code-20260612"
        ],
        "contextWindow": 262144,
        "maxOutputTokens": 262144,
        "prices": [
          {
            "standard": {
              "input": "0.75",
              "output": "3.5",
              "cachedInput": "0.16"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "moonshotai/kimi-k3",
        "aliases": [],
        "snapshots": [
          "moonshotai/kimi-k3-20260715"
        ],
        "contextWindow": 1048576,
        "maxOutputTokens": 1048576,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "15",
              "cachedInput": "0.3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "morph/morph-v3-fast",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "1.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "morph/morph-v3-large",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.9",
              "output": "1.9"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "mythalion-13b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "1.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "neversleep/llama-3-lumimaid-70b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "3.375",
              "output": "4.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "neversleep/llama-3-lumimaid-8b",
        "aliases": [
          "neversleep/llama-3-lumimaid-8b:extended"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.09375",
              "output": "0.75"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "neversleep/llama-3.1-lumimaid-70b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.5",
              "output": "2.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "neversleep/llama-3.1-lumimaid-8b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.09375",
              "output": "0.75"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "neversleep/noromaid-20b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.75",
              "output": "1.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "noromaid-20b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.25",
              "output": "2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "nothingiisreal/mn-celeste-12b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "1.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "nous-hermes-2-mixtral-8x7b-dpo",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.6",
              "output": "0.6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "nousresearch/hermes-2-pro-llama-3-8b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.025",
              "output": "0.04"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "nousresearch/hermes-3-llama-3.1-405b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.7",
              "output": "0.8"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "nousresearch/hermes-3-llama-3.1-70b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.12",
              "output": "0.3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "nousresearch/hermes-4-405b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1",
              "output": "3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "nousresearch/hermes-4-70b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.13",
              "output": "0.4"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "nousresearch/nous-hermes-2-mixtral-8x7b-dpo",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.6",
              "output": "0.6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "nousresearch/nous-hermes-llama2-13b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.18",
              "output": "0.18"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "nvidia/llama-3.1-nemotron-70b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.12",
              "output": "0.3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "nvidia/llama-3.3-nemotron-super-49b-v1.5",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.4",
              "output": "0.4"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "nvidia/nemotron-3-nano-30b-a3b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.05",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "nvidia/nemotron-3-super-120b-a12b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.09",
              "output": "0.45"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "nvidia/nemotron-3-ultra-550b-a55b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.5",
              "output": "2.5",
              "cachedInput": "0.15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "nvidia/nemotron-nano-9b-v2",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.04",
              "output": "0.16"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "o1-mini",
        "aliases": [],
        "snapshots": [
          "o1-mini-2024-09-12"
        ],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.1",
              "output": "4.4",
              "cachedInput": "0.55"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/chatgpt-4o-latest",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "5",
              "output": "15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/codex-mini",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.5",
              "output": "6",
              "cachedInput": "0.375"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-3.5-turbo",
        "aliases": [
          "gpt-3.5-turbo-0125"
        ],
        "snapshots": [],
        "contextWindow": 16385,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "0.5",
              "output": "1.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-3.5-turbo-0613",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1",
              "output": "2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-3.5-turbo-1106",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1",
              "output": "2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-3.5-turbo-16k",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 16385,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "4"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-3.5-turbo-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.5",
              "output": "2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-4",
        "aliases": [
          "gpt-4-0314"
        ],
        "snapshots": [],
        "contextWindow": 8191,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "30",
              "output": "60"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-4-1106-preview",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "10",
              "output": "30"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-4-32k",
        "aliases": [
          "openai/gpt-4-32k-0314"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "60",
              "output": "120"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-4-turbo",
        "aliases": [
          "openai/gpt-4-turbo-preview"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "10",
              "output": "30"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-4.1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 1047576,
        "maxOutputTokens": 32768,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "8",
              "cachedInput": "0.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-4.1-mini",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 1047576,
        "maxOutputTokens": 32768,
        "prices": [
          {
            "standard": {
              "input": "0.4",
              "output": "1.6",
              "cachedInput": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-4.1-nano",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 1047576,
        "maxOutputTokens": 32768,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.4",
              "cachedInput": "0.025"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-4.5-preview",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "75",
              "output": "150"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-4o",
        "aliases": [
          "openai/gpt-4o-audio-preview"
        ],
        "snapshots": [
          "openai/gpt-4o-2024-08-06",
          "openai/gpt-4o-2024-11-20"
        ],
        "contextWindow": 128000,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "2.5",
              "output": "10"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-4o-2024-05-13",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "5",
              "output": "15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-4o-mini",
        "aliases": [],
        "snapshots": [
          "openai/gpt-4o-mini-2024-07-18"
        ],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.6",
              "cachedInput": "0.075"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-4o-mini-search-preview",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-4o-search-preview",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2.5",
              "output": "10"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-4o:extended",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "6",
              "output": "18"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-5",
        "aliases": [
          "openai/gpt-5-chat",
          "openai/gpt-5-codex",
          "openai/gpt-5.1-codex-max"
        ],
        "snapshots": [],
        "contextWindow": 272000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.25",
              "output": "10",
              "cachedInput": "0.125"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-5-image",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "10",
              "output": "10",
              "cachedInput": "1.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-5-image-mini",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2.5",
              "output": "2",
              "cachedInput": "0.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-5-mini",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 272000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.25",
              "output": "2",
              "cachedInput": "0.025"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-5-nano",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 272000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.05",
              "output": "0.4",
              "cachedInput": "0.01"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-5-pro",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "15",
              "output": "120"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-5.1",
        "aliases": [
          "openai/gpt-5.1-chat",
          "openai/gpt-5.1-codex"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.25",
              "output": "10",
              "cachedInput": "0.13"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-5.1-codex-mini",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.25",
              "output": "2",
              "cachedInput": "0.025"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-5.2",
        "aliases": [
          "openai/gpt-5.2-chat",
          "openai/gpt-5.2-codex"
        ],
        "snapshots": [],
        "contextWindow": 272000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.75",
              "output": "14",
              "cachedInput": "0.175"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-5.2-pro",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 272000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "21",
              "output": "168"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-5.3-chat",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.75",
              "output": "14",
              "cachedInput": "0.175"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-5.3-codex",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.75",
              "output": "14",
              "cachedInput": "0.175"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-5.4",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2.5",
              "output": "15",
              "cachedInput": "0.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-5.4-image-2",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "8",
              "output": "15",
              "cachedInput": "2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-5.4-mini",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.75",
              "output": "4.5",
              "cachedInput": "0.075"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-5.4-nano",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "1.25",
              "cachedInput": "0.02"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-5.4-pro",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "30",
              "output": "180"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-5.5",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "5",
              "output": "30",
              "cachedInput": "0.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-5.5-pro",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "30",
              "output": "180"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-audio",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2.5",
              "output": "10"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-audio-mini",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.6",
              "output": "2.4"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-chat-latest",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "5",
              "output": "30",
              "cachedInput": "0.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-oss-120b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 131072,
        "maxOutputTokens": 32768,
        "prices": [
          {
            "standard": {
              "input": "0.039",
              "output": "0.18"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-oss-20b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 131072,
        "maxOutputTokens": 32768,
        "prices": [
          {
            "standard": {
              "input": "0.029",
              "output": "0.14"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/gpt-oss-safeguard-20b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.075",
              "output": "0.3",
              "cachedInput": "0.037"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/o1",
        "aliases": [
          "o1-preview"
        ],
        "snapshots": [
          "o1-preview-2024-09-12"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 100000,
        "prices": [
          {
            "standard": {
              "input": "15",
              "output": "60",
              "cachedInput": "7.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/o1-mini",
        "aliases": [],
        "snapshots": [
          "openai/o1-mini-2024-09-12"
        ],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.1",
              "output": "4.4"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/o1-pro",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "150",
              "output": "600"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/o3",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "8",
              "cachedInput": "0.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/o3-deep-research",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "10",
              "output": "40",
              "cachedInput": "2.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/o3-mini",
        "aliases": [
          "openai/o3-mini-high"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 65536,
        "prices": [
          {
            "standard": {
              "input": "1.1",
              "output": "4.4",
              "cachedInput": "0.55"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/o3-pro",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "20",
              "output": "80"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/o4-mini",
        "aliases": [
          "openai/o4-mini-high"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.1",
              "output": "4.4",
              "cachedInput": "0.275"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openai/o4-mini-deep-research",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "8",
              "cachedInput": "0.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openchat/openchat-7b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.07",
              "output": "0.07"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "openhands-lm-32b-v0.1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2.6",
              "output": "3.4"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "perceptron/perceptron-mk1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "1.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "perplexity/llama-3.1-sonar-large-128k-online",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1",
              "output": "1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "perplexity/llama-3.1-sonar-small-128k-online",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "perplexity/r1-1776",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "8"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "perplexity/sonar",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1",
              "output": "1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "perplexity/sonar-deep-research",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "8"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "perplexity/sonar-pro",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "perplexity/sonar-reasoning",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1",
              "output": "5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "perplexity/sonar-reasoning-pro",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "8"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "phi-3-medium-128k-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1",
              "output": "1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "phi-3-mini-128k-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "phi-3.5-mini-128k-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "phi-4-multimodal-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.05",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "phi-4-reasoning-plus",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.07",
              "output": "0.35"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "pixtral-12b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "pixtral-large-2411",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "prime-intellect/intellect-3",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "1.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "pygmalionai/mythalion-13b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.5625",
              "output": "1.125"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen-2-72b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.9",
              "output": "0.9"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen-2.5-vl-7b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen-max",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.6",
              "output": "6.4",
              "cachedInput": "0.64"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen-turbo",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.05",
              "output": "0.2",
              "cachedInput": "0.02"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen-vl-max",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "3.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen-vl-plus",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 8192,
        "maxOutputTokens": 2048,
        "prices": [
          {
            "standard": {
              "input": "0.21",
              "output": "0.63"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen-2-72b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.9",
              "output": "0.9"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen-2.5-72b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.12",
              "output": "0.39"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen-2.5-7b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.04",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen-2.5-coder-32b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 33792,
        "maxOutputTokens": 33792,
        "prices": [
          {
            "standard": {
              "input": "0.06",
              "output": "0.15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen-2.5-vl-72b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.6",
              "output": "0.6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen-2.5-vl-7b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen-max",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.6",
              "output": "6.4"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen-plus",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.4",
              "output": "1.2",
              "cachedInput": "0.16"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen-plus-2025-07-28",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.26",
              "output": "0.78"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen-plus-2025-07-28:thinking",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.26",
              "output": "0.78",
              "cacheWrite5m": "0.325"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen-turbo",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.05",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen-vl-max",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "3.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen-vl-plus",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 8192,
        "maxOutputTokens": 2048,
        "prices": [
          {
            "standard": {
              "input": "0.21",
              "output": "0.63"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen2.5-coder-7b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen2.5-vl-32b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.9",
              "output": "0.9"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen2.5-vl-72b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.7",
              "output": "0.7"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3-14b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.06",
              "output": "0.24"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3-235b-a22b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.13",
              "output": "0.6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3-235b-a22b-2507",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 262144,
        "maxOutputTokens": 262144,
        "prices": [
          {
            "standard": {
              "input": "0.09",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3-235b-a22b-thinking-2507",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 262144,
        "maxOutputTokens": 262144,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3-30b-a3b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.08",
              "output": "0.29"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3-30b-a3b-instruct-2507",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.04815",
              "output": "0.19305"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3-30b-a3b-thinking-2507",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.08",
              "output": "0.4"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3-32b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3-8b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.035",
              "output": "0.138"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3-coder",
        "aliases": [
          "qwen/qwen3-coder-480b-a35b-07-25"
        ],
        "snapshots": [],
        "contextWindow": 262100,
        "maxOutputTokens": 262100,
        "prices": [
          {
            "standard": {
              "input": "0.22",
              "output": "1.8"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3-coder-30b-a3b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.07",
              "output": "0.27"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3-coder-flash",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.195",
              "output": "0.975",
              "cachedInput": "0.039",
              "cacheWrite5m": "0.24375"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3-coder-next",
        "aliases": [],
        "snapshots": [
          "qwen/qwen3-coder-next-2025-02-03"
        ],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.11",
              "output": "0.8",
              "cachedInput": "0.07"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3-coder-plus",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 997952,
        "maxOutputTokens": 65536,
        "prices": [
          {
            "standard": {
              "input": "0.65",
              "output": "3.25",
              "cachedInput": "0.13",
              "cacheWrite5m": "0.8125"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3-max",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.2",
              "output": "6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3-max-thinking",
        "aliases": [],
        "snapshots": [
          "qwen/qwen3-max-thinking-20260123"
        ],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.78",
              "output": "3.9"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3-next-80b-a3b-instruct",
        "aliases": [
          "qwen/qwen3-next-80b-a3b-instruct-2509"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.09",
              "output": "1.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3-next-80b-a3b-thinking",
        "aliases": [
          "qwen/qwen3-next-80b-a3b-thinking-2509"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.0975",
              "output": "0.78"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3-vl-235b-a22b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.88",
              "cachedInput": "0.11"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3-vl-235b-a22b-thinking",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.26",
              "output": "2.6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3-vl-30b-a3b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.13",
              "output": "0.52"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3-vl-30b-a3b-thinking",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.13",
              "output": "1.56"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3-vl-32b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.104",
              "output": "0.416"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3-vl-8b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.08",
              "output": "0.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3-vl-8b-thinking",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.117",
              "output": "1.365"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3.5-122b-a10b",
        "aliases": [],
        "snapshots": [
          "qwen/qwen3.5-122b-a10b-20260224"
        ],
        "contextWindow": 262144,
        "maxOutputTokens": 65536,
        "prices": [
          {
            "standard": {
              "input": "0.26",
              "output": "2.08"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3.5-27b",
        "aliases": [],
        "snapshots": [
          "qwen/qwen3.5-27b-20260224"
        ],
        "contextWindow": 262144,
        "maxOutputTokens": 65536,
        "prices": [
          {
            "standard": {
              "input": "0.195",
              "output": "1.56"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3.5-35b-a3b",
        "aliases": [],
        "snapshots": [
          "qwen/qwen3.5-35b-a3b-20260224"
        ],
        "contextWindow": 262144,
        "maxOutputTokens": 65536,
        "prices": [
          {
            "standard": {
              "input": "0.14",
              "output": "1",
              "cachedInput": "0.05"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3.5-397b-a17b",
        "aliases": [],
        "snapshots": [
          "qwen/qwen3.5-397b-a17b-20260216"
        ],
        "contextWindow": 262144,
        "maxOutputTokens": 65536,
        "prices": [
          {
            "standard": {
              "input": "0.39",
              "output": "2.34"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3.5-9b",
        "aliases": [],
        "snapshots": [
          "qwen/qwen3.5-9b-20260310"
        ],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3.5-flash-02-23",
        "aliases": [],
        "snapshots": [
          "qwen/qwen3.5-flash-20260224"
        ],
        "contextWindow": 1000000,
        "maxOutputTokens": 65536,
        "prices": [
          {
            "standard": {
              "input": "0.065",
              "output": "0.26"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3.5-plus-02-15",
        "aliases": [],
        "snapshots": [
          "qwen/qwen3.5-plus-20260216"
        ],
        "contextWindow": 1000000,
        "maxOutputTokens": 65536,
        "prices": [
          {
            "standard": {
              "input": "0.4",
              "output": "2.4"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3.5-plus-20260420",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "1.8",
              "cacheWrite5m": "0.375"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3.6-27b",
        "aliases": [],
        "snapshots": [
          "qwen/qwen3.6-27b-20260422"
        ],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.289",
              "output": "2.4"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3.6-35b-a3b",
        "aliases": [],
        "snapshots": [
          "qwen/qwen3.6-35b-a3b-20260415"
        ],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.14",
              "output": "1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3.6-flash",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1875",
              "output": "1.125",
              "cacheWrite5m": "0.234375"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3.6-max-preview",
        "aliases": [],
        "snapshots": [
          "qwen/qwen3.6-max-preview-20260420"
        ],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.04",
              "output": "6.24",
              "cacheWrite5m": "1.3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3.6-plus",
        "aliases": [
          "qwen/qwen3.6-plus-04-02"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 65536,
        "prices": [
          {
            "standard": {
              "input": "0.325",
              "output": "1.95",
              "cacheWrite5m": "0.40625"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3.7-max",
        "aliases": [],
        "snapshots": [
          "qwen/qwen3.7-max-20260520"
        ],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.25",
              "output": "3.75",
              "cachedInput": "0.25",
              "cacheWrite5m": "1.5625"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwen3.7-plus",
        "aliases": [],
        "snapshots": [
          "qwen/qwen3.7-plus-20260602"
        ],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.4",
              "output": "1.6",
              "cachedInput": "0.08",
              "cacheWrite5m": "0.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwq-32b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen/qwq-32b-preview",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwen2.5-vl-32b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.9",
              "output": "0.9"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwq-32b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "qwq-32b-preview",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "r1-1776",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "8"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "raifle/sorcererlm-8x22b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "4.5",
              "output": "4.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "rekaai/reka-edge",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "rekaai/reka-flash-3",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "relace/relace-apply-3",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.85",
              "output": "1.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "relace/relace-search",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1",
              "output": "3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "sao10k/fimbulvetr-11b-v2",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "1.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "sao10k/l3-euryale-70b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.48",
              "output": "1.48"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "sao10k/l3-lunaris-8b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.02",
              "output": "0.05"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "sao10k/l3.1-70b-hanami-x1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "sao10k/l3.1-euryale-70b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.7",
              "output": "0.8"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "sao10k/l3.3-euryale-70b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.7",
              "output": "0.8"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "scb10x/llama3.1-typhoon2-70b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.88",
              "output": "0.88"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "scb10x/llama3.1-typhoon2-8b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.18",
              "output": "0.18"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "sonar-reasoning",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1",
              "output": "5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "sophosympatheia/midnight-rose-70b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "0.8"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "sorcererlm-8x22b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "4.5",
              "output": "4.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "spotlight",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.18",
              "output": "0.18"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "steelskull/l3.3-electra-r1-70b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.7",
              "output": "0.95"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "stepfun/step-3.5-flash",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.09",
              "output": "0.3",
              "cachedInput": "0.02"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "stepfun/step-3.7-flash",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "1.15",
              "cachedInput": "0.04"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "switchpoint/router",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 131072,
        "maxOutputTokens": 131072,
        "prices": [
          {
            "standard": {
              "input": "0.85",
              "output": "3.4"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "tencent/hunyuan-a13b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.14",
              "output": "0.57"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "tencent/hy3-preview",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.063",
              "output": "0.21",
              "cachedInput": "0.021"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "thedrummer/anubis-pro-105b-v1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "thedrummer/cydonia-24b-v4.1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "0.5",
              "cachedInput": "0.15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "thedrummer/rocinante-12b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.25",
              "output": "0.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "thedrummer/skyfall-36b-v2",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.5",
              "output": "0.8"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "thedrummer/unslopnemo-12b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.5",
              "output": "0.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "toppy-m-7b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "1.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "undi95/remm-slerp-l2-13b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 6144,
        "maxOutputTokens": 4096,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "1.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "undi95/toppy-m-7b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.07",
              "output": "0.07"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "upstage/solar-pro-3",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.6",
              "cachedInput": "0.015"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "valkyrie-49b-v1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.5",
              "output": "0.8"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "virtuoso-medium-v2",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.5",
              "output": "0.8"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "writer/palmyra-x5",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.6",
              "output": "6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "x-ai/grok-2-1212",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "10"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "x-ai/grok-2-vision-1212",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "10"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "x-ai/grok-3-beta",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "x-ai/grok-3-mini-beta",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "0.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "x-ai/grok-4-fast",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 2000000,
        "maxOutputTokens": 2000000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.5",
              "cachedInput": "0.05",
              "longContext": [
                {
                  "aboveInputTokens": 128000,
                  "input": "0.4",
                  "cachedInput": "0.05",
                  "output": "1"
                }
              ]
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "x-ai/grok-4.20",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.25",
              "output": "2.5",
              "cachedInput": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "x-ai/grok-4.20-multi-agent",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "6",
              "cachedInput": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "x-ai/grok-4.3",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.25",
              "output": "2.5",
              "cachedInput": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "x-ai/grok-beta",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "5",
              "output": "15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "x-ai/grok-build-0.1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1",
              "output": "2",
              "cachedInput": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "x-ai/grok-code-fast-1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 256000,
        "maxOutputTokens": 256000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "1.5",
              "cachedInput": "0.02"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "x-ai/grok-vision-beta",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "5",
              "output": "15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "xiaomi/mimo-v2-flash",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 262144,
        "maxOutputTokens": 16384,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.3",
              "cachedInput": "0.01"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "xiaomi/mimo-v2.5",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 1048576,
        "maxOutputTokens": 131072,
        "prices": [
          {
            "standard": {
              "input": "0.14",
              "output": "0.28",
              "cachedInput": "0.0028"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "xiaomi/mimo-v2.5-pro",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 1048576,
        "maxOutputTokens": 16384,
        "prices": [
          {
            "standard": {
              "input": "0.435",
              "output": "0.87",
              "cachedInput": "0.0036"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "xwin-lm/xwin-lm-70b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "3.75",
              "output": "3.75"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "yi-large",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "z-ai/glm-4.5",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.6",
              "output": "2.2",
              "cachedInput": "0.11"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "z-ai/glm-4.5-air",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.125",
              "output": "0.85",
              "cachedInput": "0.06"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "z-ai/glm-4.5v",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.6",
              "output": "1.8",
              "cachedInput": "0.11"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "z-ai/glm-4.6",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 202800,
        "maxOutputTokens": 131000,
        "prices": [
          {
            "standard": {
              "input": "0.43",
              "output": "1.74",
              "cachedInput": "0.08"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "z-ai/glm-4.6v",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "0.9",
              "cachedInput": "0.05"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "z-ai/glm-4.7",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 202752,
        "maxOutputTokens": 64000,
        "prices": [
          {
            "standard": {
              "input": "0.4",
              "output": "1.75",
              "cachedInput": "0.08"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "z-ai/glm-4.7-flash",
        "aliases": [],
        "snapshots": [
          "z-ai/glm-4.7-flash-20260119"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 32000,
        "prices": [
          {
            "standard": {
              "input": "0.06",
              "output": "0.4",
              "cachedInput": "0.01"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "z-ai/glm-5",
        "aliases": [],
        "snapshots": [
          "z-ai/glm-5-20260211"
        ],
        "contextWindow": 202752,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.6",
              "output": "1.92",
              "cachedInput": "0.12"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "z-ai/glm-5-turbo",
        "aliases": [],
        "snapshots": [
          "z-ai/glm-5-turbo-20260315"
        ],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.2",
              "output": "4",
              "cachedInput": "0.24"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "z-ai/glm-5.1",
        "aliases": [],
        "snapshots": [
          "z-ai/glm-5.1-20260406"
        ],
        "contextWindow": 202752,
        "maxOutputTokens": 65535,
        "prices": [
          {
            "standard": {
              "input": "0.98",
              "output": "3.08",
              "cachedInput": "0.182"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "z-ai/glm-5.2",
        "aliases": [],
        "snapshots": [
          "z-ai/glm-5.2-20260616"
        ],
        "contextWindow": 1048576,
        "maxOutputTokens": 1048576,
        "prices": [
          {
            "standard": {
              "input": "1.4",
              "output": "4.4",
              "cachedInput": "0.26"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "z-ai/glm-5.3",
        "aliases": [],
        "snapshots": [
          "z-ai/glm-5.3-20260816"
        ],
        "contextWindow": 1048576,
        "maxOutputTokens": 1048576,
        "prices": [
          {
            "standard": {
              "input": "1.4",
              "output": "4.4",
              "cachedInput": "0.26"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "~anthropic/claude-fable-latest",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "10",
              "output": "50",
              "cachedInput": "1",
              "cacheWrite5m": "12.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "~anthropic/claude-haiku-latest",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1",
              "output": "5",
              "cachedInput": "0.1",
              "cacheWrite5m": "1.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "~anthropic/claude-opus-latest",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "5",
              "output": "25",
              "cachedInput": "0.5",
              "cacheWrite5m": "6.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "~anthropic/claude-sonnet-latest",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "15",
              "cachedInput": "0.3",
              "cacheWrite5m": "3.75"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "~google/gemini-flash-latest",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.5",
              "output": "9",
              "cachedInput": "0.15",
              "cacheWrite5m": "0.08333333333333334"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "~google/gemini-pro-latest",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "12",
              "cachedInput": "0.2",
              "cacheWrite5m": "0.375"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "~moonshotai/kimi-latest",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.68",
              "output": "3.41",
              "cachedInput": "0.34"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "~openai/gpt-latest",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "5",
              "output": "30",
              "cachedInput": "0.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "~openai/gpt-mini-latest",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.75",
              "output": "4.5",
              "cachedInput": "0.075"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      }
    ]
  },
  "together": {
    "$schema": "./pricing.schema.json",
    "provider": "together",
    "version": "2026-11-29",
    "currency": "USD",
    "models": [
      {
        "id": "austism/chronos-hermes-13b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "0.3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.15",
              "output": "0.15"
            }
          }
        ]
      },
      {
        "id": "gryphe/mythomax-l2-13b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "0.3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.15",
              "output": "0.15"
            }
          }
        ]
      },
      {
        "id": "nexusflow/nexusraven-v2-13b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "0.3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.15",
              "output": "0.15"
            }
          }
        ]
      },
      {
        "id": "nousresearch/nous-capybara-7b-v1p9",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "nousresearch/nous-hermes-2-mixtral-8x7b-dpo",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.9",
              "output": "0.9"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.45",
              "output": "0.45"
            }
          }
        ]
      },
      {
        "id": "nousresearch/nous-hermes-2-mixtral-8x7b-sft",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.9",
              "output": "0.9"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.45",
              "output": "0.45"
            }
          }
        ]
      },
      {
        "id": "nousresearch/nous-hermes-2-yi-34b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "0.8"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.4",
              "output": "0.4"
            }
          }
        ]
      },
      {
        "id": "nousresearch/nous-hermes-llama2-13b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.225",
              "output": "0.225"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1125",
              "output": "0.1125"
            }
          }
        ]
      },
      {
        "id": "nousresearch/nous-hermes-llama-2-7b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "open-orca/mistral-7b-openorca",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "qwen/qwen1.5-0.5b",
        "aliases": [
          "qwen/qwen1.5-0.5b-chat"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.05",
              "output": "0.05"
            }
          }
        ]
      },
      {
        "id": "qwen/qwen1.5-1.8b",
        "aliases": [
          "qwen/qwen1.5-1.8b-chat"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.05",
              "output": "0.05"
            }
          }
        ]
      },
      {
        "id": "qwen/qwen1.5-14b",
        "aliases": [
          "qwen/qwen1.5-14b-chat"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "0.3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.15",
              "output": "0.15"
            }
          }
        ]
      },
      {
        "id": "qwen/qwen1.5-4b",
        "aliases": [
          "qwen/qwen1.5-4b-chat"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.05",
              "output": "0.05"
            }
          }
        ]
      },
      {
        "id": "qwen/qwen1.5-72b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.9",
              "output": "0.9"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.45",
              "output": "0.45"
            }
          }
        ]
      },
      {
        "id": "qwen/qwen1.5-7b",
        "aliases": [
          "qwen/qwen1.5-7b-chat"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "undi95/remm-slerp-l2-13b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "0.3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.15",
              "output": "0.15"
            }
          }
        ]
      },
      {
        "id": "undi95/toppy-m-7b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "wizardlm/wizardlm-13b-v1.2",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "0.3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.15",
              "output": "0.15"
            }
          }
        ]
      },
      {
        "id": "allenai/olmo-7b",
        "aliases": [
          "allenai/olmo-7b-instruct",
          "allenai/olmo-7b-twin-2t"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "codellama/codellama-13b-instruct-hf",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.225",
              "output": "0.225"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1125",
              "output": "0.1125"
            }
          }
        ]
      },
      {
        "id": "codellama/codellama-34b-instruct-hf",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.776",
              "output": "0.776"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.388",
              "output": "0.388"
            }
          }
        ]
      },
      {
        "id": "codellama/codellama-70b-instruct-hf",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.9",
              "output": "0.9"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.45",
              "output": "0.45"
            }
          }
        ]
      },
      {
        "id": "codellama/codellama-7b-instruct-hf",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "deepseek-ai/deepseek-coder-33b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "0.8"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.4",
              "output": "0.4"
            }
          }
        ]
      },
      {
        "id": "garage-baind/platypus2-70b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.9",
              "output": "0.9"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.45",
              "output": "0.45"
            }
          }
        ]
      },
      {
        "id": "google/gemma-2b",
        "aliases": [
          "google/gemma-2b-it"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.05",
              "output": "0.05"
            }
          }
        ]
      },
      {
        "id": "google/gemma-7b",
        "aliases": [
          "google/gemma-7b-it"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "lmsys/vicuna-13b-v1.5",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "0.3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.15",
              "output": "0.15"
            }
          }
        ]
      },
      {
        "id": "lmsys/vicuna-7b-v1.5",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "meta-llama/llama-2-13b-chat-hf",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.225",
              "output": "0.225"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1125",
              "output": "0.1125"
            }
          }
        ]
      },
      {
        "id": "meta-llama/llama-2-70b-chat-hf",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.9",
              "output": "0.9"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.45",
              "output": "0.45"
            }
          }
        ]
      },
      {
        "id": "meta-llama/llama-2-7b-chat-hf",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "meta-llama/llama-3-70b-chat-hf",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.9",
              "output": "0.9"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.45",
              "output": "0.45"
            }
          }
        ]
      },
      {
        "id": "meta-llama/llama-3-8b-chat-hf",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "meta-llama/llama-3.3-70b-instruct-turbo",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.88",
              "output": "0.88"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.44",
              "output": "0.44"
            }
          }
        ]
      },
      {
        "id": "meta-llama/llama-4-maverick-17b-128e-instruct-fp8",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.27",
              "output": "0.85"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.135",
              "output": "0.425"
            }
          }
        ]
      },
      {
        "id": "meta-llama/llama-4-scout-17b-16e-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.18",
              "output": "0.59"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.09",
              "output": "0.295"
            }
          }
        ]
      },
      {
        "id": "meta-llama/meta-llama-3-70b-instruct-lite",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.54",
              "output": "0.54"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.27",
              "output": "0.27"
            }
          }
        ]
      },
      {
        "id": "meta-llama/meta-llama-3-70b-instruct-turbo",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.88",
              "output": "0.88"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.44",
              "output": "0.44"
            }
          }
        ]
      },
      {
        "id": "meta-llama/meta-llama-3-8b-instruct-lite",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.05",
              "output": "0.05"
            }
          }
        ]
      },
      {
        "id": "meta-llama/meta-llama-3-8b-instruct-turbo",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.18",
              "output": "0.18"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.09",
              "output": "0.09"
            }
          }
        ]
      },
      {
        "id": "meta-llama/meta-llama-3.1-405b-instruct-turbo",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "3.5",
              "output": "3.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "1.75",
              "output": "1.75"
            }
          }
        ]
      },
      {
        "id": "meta-llama/meta-llama-3.1-70b-instruct-turbo",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.88",
              "output": "0.88"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.44",
              "output": "0.44"
            }
          }
        ]
      },
      {
        "id": "meta-llama/meta-llama-3.1-8b-instruct-turbo",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.18",
              "output": "0.18"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.09",
              "output": "0.09"
            }
          }
        ]
      },
      {
        "id": "meta-llama/meta-llama-3.3-70b-instruct-turbo",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.88",
              "output": "0.88"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.44",
              "output": "0.44"
            }
          }
        ]
      },
      {
        "id": "microsoft/wizardlm-2-8x22b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.2",
              "output": "1.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.6",
              "output": "0.6"
            }
          }
        ]
      },
      {
        "id": "microsoft/phi-2",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.05",
              "output": "0.05"
            }
          }
        ]
      },
      {
        "id": "mistralai/mistral-7b-instruct-v0.1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "mistralai/mistral-7b-instruct-v0.2",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "mistralai/mistral-7b-v0.1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "mistralai/mixtral-8x22b-instruct-v0.1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2.4",
              "output": "2.4"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "1.2",
              "output": "1.2"
            }
          }
        ]
      },
      {
        "id": "mistralai/mixtral-8x7b-instruct-v0.1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.9",
              "output": "0.9"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.45",
              "output": "0.45"
            }
          }
        ]
      },
      {
        "id": "mistralai/mixtral-8x7b-v0.1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.9",
              "output": "0.9"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.45",
              "output": "0.45"
            }
          }
        ]
      },
      {
        "id": "openchat/openchat-3.5-1210",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "snorkelai/snorkel-mistral-pairrm-dpo",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "teknium/openhermes-2-mistral-7b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "teknium/openhermes-2p5-mistral-7b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "togethercomputer/gpt-jt-moderation-6b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "togethercomputer/llama-2-7b-32k-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "togethercomputer/redpajama-incite-7b-base",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "togethercomputer/redpajama-incite-7b-chat",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "togethercomputer/redpajama-incite-7b-instruct",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "togethercomputer/redpajama-incite-base-3b-v1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.05",
              "output": "0.05"
            }
          }
        ]
      },
      {
        "id": "togethercomputer/redpajama-incite-chat-3b-v1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.05",
              "output": "0.05"
            }
          }
        ]
      },
      {
        "id": "togethercomputer/redpajama-incite-instruct-3b-v1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.1"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.05",
              "output": "0.05"
            }
          }
        ]
      },
      {
        "id": "togethercomputer/stripedhyena-hessian-7b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "togethercomputer/stripedhyena-nous-7b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "togethercomputer/alpaca-7b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.1"
            }
          }
        ]
      },
      {
        "id": "upstage/solar-10.7b-instruct-v1.0",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "0.3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.15",
              "output": "0.15"
            }
          }
        ]
      },
      {
        "id": "zero-one-ai/yi-34b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.8",
              "output": "0.8"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.4",
              "output": "0.4"
            }
          }
        ]
      },
      {
        "id": "zero-one-ai/yi-6b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)",
            "batch": {
              "input": "0.1",
              "output": "0.1"
            }
          }
        ]
      }
    ]
  },
  "vertex": {
    "$schema": "./pricing.schema.json",
    "provider": "vertex",
    "version": "2026-11-29",
    "currency": "USD",
    "models": [
      {
        "id": "gemini-1.0-pro-vision-001",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 32768,
        "maxOutputTokens": 32768,
        "prices": [
          {
            "standard": {
              "input": "0.125",
              "output": "0.375"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "batch": {
              "input": "0.0625",
              "output": "0.1875"
            }
          }
        ]
      },
      {
        "id": "gemini-1.5-flash",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 1000000,
        "prices": [
          {
            "standard": {
              "input": "0.075",
              "output": "0.3",
              "cachedInput": "0.01875",
              "longContext": [
                {
                  "aboveInputTokens": 128000,
                  "input": "0.15",
                  "cachedInput": "0.0375",
                  "output": "0.6"
                }
              ]
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "batch": {
              "input": "0.0375",
              "output": "0.15",
              "cachedInput": "0.009375",
              "longContext": [
                {
                  "aboveInputTokens": 128000,
                  "input": "0.075",
                  "output": "0.3",
                  "cachedInput": "0.01875"
                }
              ]
            }
          }
        ]
      },
      {
        "id": "gemini-1.5-pro",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 1000000,
        "prices": [
          {
            "standard": {
              "input": "1.25",
              "output": "5",
              "longContext": [
                {
                  "aboveInputTokens": 128000,
                  "input": "2.5",
                  "output": "10"
                }
              ]
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "batch": {
              "input": "0.625",
              "output": "2.5",
              "longContext": [
                {
                  "aboveInputTokens": 128000,
                  "input": "1.25",
                  "output": "5"
                }
              ]
            }
          }
        ]
      },
      {
        "id": "gemini-2.0-flash",
        "aliases": [
          "gemini-2.0-flash-0",
          "gemini-2.0-flash-exp",
          "gemini-2.0-flash-thinking",
          "gemini-2.0-flash-latest"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.4",
              "cachedInput": "0.025"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "batch": {
              "input": "0.05",
              "output": "0.2",
              "cachedInput": "0.0125"
            }
          }
        ]
      },
      {
        "id": "gemini-2.0-flash-lite",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 8192,
        "prices": [
          {
            "standard": {
              "input": "0.075",
              "output": "0.3"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "batch": {
              "input": "0.0375",
              "output": "0.15"
            }
          }
        ]
      },
      {
        "id": "gemini-2.5-flash",
        "aliases": [
          "gemini-2.5-flash-latest",
          "gemini-2.5-flash-preview-09-2025"
        ],
        "snapshots": [],
        "contextWindow": 1048576,
        "maxOutputTokens": 65535,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "2.5",
              "cachedInput": "0.03"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "batch": {
              "input": "0.15",
              "output": "1.25",
              "cachedInput": "0.015"
            }
          }
        ]
      },
      {
        "id": "gemini-2.5-flash-lite",
        "aliases": [
          "gemini-2.5-flash-lite-preview",
          "gemini-2.5-flash-lite-preview-latest"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 65535,
        "prices": [
          {
            "standard": {
              "input": "0.1",
              "output": "0.4",
              "cachedInput": "0.01"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "batch": {
              "input": "0.05",
              "output": "0.2",
              "cachedInput": "0.005"
            }
          }
        ]
      },
      {
        "id": "gemini-2.5-flash-preview",
        "aliases": [
          "gemini-2.5-flash-preview-05-20",
          "gemini-2.5-flash-preview-04-17",
          "gemini-2.5-flash-preview-05-20:thinking",
          "gemini-2.5-flash-preview:thinking"
        ],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0.6"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "batch": {
              "input": "0.075",
              "output": "0.3"
            }
          }
        ]
      },
      {
        "id": "gemini-2.5-pro",
        "aliases": [
          "gemini-2.5-pro-latest"
        ],
        "snapshots": [],
        "contextWindow": 1048576,
        "maxOutputTokens": 65535,
        "prices": [
          {
            "standard": {
              "input": "1.25",
              "output": "10",
              "cachedInput": "0.125",
              "longContext": [
                {
                  "aboveInputTokens": 200000,
                  "input": "2.5",
                  "cachedInput": "0.25",
                  "output": "15"
                }
              ]
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "batch": {
              "input": "0.625",
              "output": "5",
              "cachedInput": "0.0625",
              "longContext": [
                {
                  "aboveInputTokens": 200000,
                  "input": "1.25",
                  "output": "7.5",
                  "cachedInput": "0.125"
                }
              ]
            }
          }
        ]
      },
      {
        "id": "gemini-3-flash-preview",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 65535,
        "prices": [
          {
            "standard": {
              "input": "0.5",
              "output": "3",
              "cachedInput": "0.05"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "batch": {
              "input": "0.25",
              "output": "1.5",
              "cachedInput": "0.025"
            }
          }
        ]
      },
      {
        "id": "gemini-3-pro-preview",
        "aliases": [
          "gemini-3-pro-preview-latest",
          "gemini-3-pro-text-preview"
        ],
        "snapshots": [],
        "contextWindow": 1048576,
        "maxOutputTokens": 65535,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "12",
              "cachedInput": "0.2",
              "longContext": [
                {
                  "aboveInputTokens": 200000,
                  "input": "4",
                  "cachedInput": "0.4",
                  "output": "18"
                }
              ]
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "batch": {
              "input": "1",
              "output": "6",
              "cachedInput": "0.1",
              "longContext": [
                {
                  "aboveInputTokens": 200000,
                  "input": "2",
                  "output": "9",
                  "cachedInput": "0.2"
                }
              ]
            }
          }
        ]
      },
      {
        "id": "gemini-3.1-flash-lite",
        "aliases": [
          "gemini-3.1-flash-lite-preview",
          "gemini-3.1-flash-lite-preview-latest"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 65536,
        "prices": [
          {
            "standard": {
              "input": "0.25",
              "output": "1.5",
              "cachedInput": "0.025"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "batch": {
              "input": "0.125",
              "output": "0.75",
              "cachedInput": "0.0125"
            }
          }
        ]
      },
      {
        "id": "gemini-3.1-pro-preview",
        "aliases": [
          "gemini-3.1-pro-preview-latest"
        ],
        "snapshots": [],
        "contextWindow": 1048576,
        "maxOutputTokens": 65536,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "12",
              "cachedInput": "0.2",
              "longContext": [
                {
                  "aboveInputTokens": 200000,
                  "input": "4",
                  "cachedInput": "0.4",
                  "output": "18"
                }
              ]
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "batch": {
              "input": "1",
              "output": "6",
              "cachedInput": "0.1",
              "longContext": [
                {
                  "aboveInputTokens": 200000,
                  "input": "2",
                  "output": "9",
                  "cachedInput": "0.2"
                }
              ]
            }
          }
        ]
      },
      {
        "id": "gemini-3.5-flash",
        "aliases": [
          "gemini-3.5-flash-preview",
          "gemini-3.5-flash-preview-latest"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 65535,
        "prices": [
          {
            "standard": {
              "input": "1.5",
              "output": "9",
              "cachedInput": "0.15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "batch": {
              "input": "0.75",
              "output": "4.5",
              "cachedInput": "0.075"
            }
          }
        ]
      },
      {
        "id": "gemini-3.5-flash-lite",
        "aliases": [
          "gemini-3.5-flash-lite-latest"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 65536,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "2.5",
              "cachedInput": "0.03"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "batch": {
              "input": "0.15",
              "output": "1.25",
              "cachedInput": "0.015"
            }
          }
        ]
      },
      {
        "id": "gemini-3.6-flash",
        "aliases": [
          "gemini-3.6-flash-latest"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 65536,
        "prices": [
          {
            "standard": {
              "input": "0.75",
              "output": "3.75",
              "cachedInput": "0.075"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "batch": {
              "input": "0.375",
              "output": "1.875",
              "cachedInput": "0.0375"
            }
          },
          {
            "standard": {
              "input": "1.5",
              "output": "7.5",
              "cachedInput": "0.15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "effectiveFrom": "2027-01-01",
            "batch": {
              "input": "0.75",
              "output": "3.75",
              "cachedInput": "0.075"
            }
          }
        ]
      },
      {
        "id": "gemini-3.7-flash",
        "aliases": [
          "gemini-3.7-flash-latest"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 1000000,
        "prices": [
          {
            "standard": {
              "input": "0.75",
              "output": "3.75",
              "cachedInput": "0.075"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "batch": {
              "input": "0.375",
              "output": "1.875",
              "cachedInput": "0.0375"
            }
          },
          {
            "standard": {
              "input": "1.5",
              "output": "7.5",
              "cachedInput": "0.15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "effectiveFrom": "2027-01-01",
            "batch": {
              "input": "0.75",
              "output": "3.75",
              "cachedInput": "0.075"
            }
          }
        ]
      },
      {
        "id": "gemini-embedding-001",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 2048,
        "maxOutputTokens": 0,
        "prices": [
          {
            "standard": {
              "input": "0.15",
              "output": "0"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "batch": {
              "input": "0.075",
              "output": "0"
            }
          }
        ]
      },
      {
        "id": "gemini-embedding-2",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 8192,
        "maxOutputTokens": 0,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "batch": {
              "input": "0.1",
              "output": "0"
            }
          }
        ]
      },
      {
        "id": "gemini-flash-1.5",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "0.075",
              "output": "0.3",
              "cachedInput": "0.01875",
              "longContext": [
                {
                  "aboveInputTokens": 128000,
                  "input": "0.15",
                  "cachedInput": "0.0375",
                  "output": "0.6"
                }
              ]
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "batch": {
              "input": "0.0375",
              "output": "0.15",
              "cachedInput": "0.009375",
              "longContext": [
                {
                  "aboveInputTokens": 128000,
                  "input": "0.075",
                  "output": "0.3",
                  "cachedInput": "0.01875"
                }
              ]
            }
          }
        ]
      },
      {
        "id": "gemini-flash-1.5-8b",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 1000000,
        "prices": [
          {
            "standard": {
              "input": "0.0375",
              "output": "0.15",
              "cachedInput": "0.01",
              "longContext": [
                {
                  "aboveInputTokens": 128000,
                  "input": "0.075",
                  "cachedInput": "0.02",
                  "output": "0.3"
                }
              ]
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "batch": {
              "input": "0.01875",
              "output": "0.075",
              "cachedInput": "0.005",
              "longContext": [
                {
                  "aboveInputTokens": 128000,
                  "input": "0.0375",
                  "output": "0.15",
                  "cachedInput": "0.01"
                }
              ]
            }
          }
        ]
      },
      {
        "id": "gemini-pro",
        "aliases": [
          "gemini-1.0-pro"
        ],
        "snapshots": [],
        "contextWindow": 32768,
        "maxOutputTokens": 32768,
        "prices": [
          {
            "standard": {
              "input": "0.125",
              "output": "0.375"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "batch": {
              "input": "0.0625",
              "output": "0.1875"
            }
          }
        ]
      },
      {
        "id": "gemini-pro-1.5",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 2000000,
        "maxOutputTokens": 2000000,
        "prices": [
          {
            "standard": {
              "input": "1.25",
              "output": "5",
              "cachedInput": "0.3125",
              "longContext": [
                {
                  "aboveInputTokens": 128000,
                  "input": "2.5",
                  "cachedInput": "0.625",
                  "output": "10"
                }
              ]
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "batch": {
              "input": "0.625",
              "output": "2.5",
              "cachedInput": "0.15625",
              "longContext": [
                {
                  "aboveInputTokens": 128000,
                  "input": "1.25",
                  "output": "5",
                  "cachedInput": "0.3125"
                }
              ]
            }
          }
        ]
      },
      {
        "id": "claude-fable-5",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "11",
              "output": "55",
              "cachedInput": "1.1",
              "cacheWrite5m": "13.75",
              "cacheWrite1h": "22"
            },
            "batch": {
              "input": "5.5",
              "output": "27.5",
              "cachedInput": "0.55",
              "cacheWrite5m": "6.875",
              "cacheWrite1h": "11"
            },
            "fees": {
              "webSearch": "10",
              "webFetch": "0"
            },
            "checked": "2026-11-28",
            "source": "anthropic.json pydantic/genai-prices@47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "note": "Vertex regional / multi-region endpoint rate (10% over the global endpoint); global-endpoint calls are overcharged 10% unless overridden."
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
              "input": "5.5",
              "output": "27.5",
              "cachedInput": "0.55",
              "cacheWrite5m": "6.875",
              "cacheWrite1h": "11"
            },
            "batch": {
              "input": "2.75",
              "output": "13.75",
              "cachedInput": "0.275",
              "cacheWrite5m": "3.4375",
              "cacheWrite1h": "5.5"
            },
            "fees": {
              "webSearch": "10",
              "webFetch": "0"
            },
            "checked": "2026-11-28",
            "source": "anthropic.json pydantic/genai-prices@47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "note": "Vertex regional / multi-region endpoint rate (10% over the global endpoint); global-endpoint calls are overcharged 10% unless overridden."
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
              "input": "2.2",
              "output": "11",
              "cachedInput": "0.22",
              "cacheWrite5m": "2.75",
              "cacheWrite1h": "4.4"
            },
            "batch": {
              "input": "1.1",
              "output": "5.5",
              "cachedInput": "0.11",
              "cacheWrite5m": "1.375",
              "cacheWrite1h": "2.2"
            },
            "fees": {
              "webSearch": "10",
              "webFetch": "0"
            },
            "checked": "2026-11-28",
            "source": "anthropic.json pydantic/genai-prices@47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "note": "Vertex regional / multi-region endpoint rate (10% over the global endpoint); global-endpoint calls are overcharged 10% unless overridden."
          },
          {
            "effectiveFrom": "2026-09-01",
            "standard": {
              "input": "3.3",
              "output": "16.5",
              "cachedInput": "0.33",
              "cacheWrite5m": "4.125",
              "cacheWrite1h": "6.6"
            },
            "batch": {
              "input": "1.65",
              "output": "8.25",
              "cachedInput": "0.165",
              "cacheWrite5m": "2.0625",
              "cacheWrite1h": "3.3"
            },
            "fees": {
              "webSearch": "10",
              "webFetch": "0"
            },
            "checked": "2026-11-28",
            "source": "anthropic.json pydantic/genai-prices@47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "note": "Vertex regional / multi-region endpoint rate (10% over the global endpoint); global-endpoint calls are overcharged 10% unless overridden."
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
              "input": "5.5",
              "output": "27.5",
              "cachedInput": "0.55",
              "cacheWrite5m": "6.875",
              "cacheWrite1h": "11"
            },
            "batch": {
              "input": "2.75",
              "output": "13.75",
              "cachedInput": "0.275",
              "cacheWrite5m": "3.4375",
              "cacheWrite1h": "5.5"
            },
            "fees": {
              "webSearch": "10",
              "webFetch": "0"
            },
            "checked": "2026-11-28",
            "source": "anthropic.json pydantic/genai-prices@47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "note": "Vertex regional / multi-region endpoint rate (10% over the global endpoint); global-endpoint calls are overcharged 10% unless overridden."
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
          "claude-opus-4-7@20260416"
        ],
        "contextWindow": 1000000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "5.5",
              "output": "27.5",
              "cachedInput": "0.55",
              "cacheWrite5m": "6.875",
              "cacheWrite1h": "11"
            },
            "batch": {
              "input": "2.75",
              "output": "13.75",
              "cachedInput": "0.275",
              "cacheWrite5m": "3.4375",
              "cacheWrite1h": "5.5"
            },
            "fees": {
              "webSearch": "10",
              "webFetch": "0"
            },
            "checked": "2026-11-28",
            "source": "anthropic.json pydantic/genai-prices@47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "note": "Vertex regional / multi-region endpoint rate (10% over the global endpoint); global-endpoint calls are overcharged 10% unless overridden."
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
          "claude-opus-4-6@20260205"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "5.5",
              "output": "27.5",
              "cachedInput": "0.55",
              "cacheWrite5m": "6.875",
              "cacheWrite1h": "11",
              "longContext": [
                {
                  "aboveInputTokens": 200000,
                  "input": "11",
                  "output": "41.25",
                  "cachedInput": "1.1",
                  "cacheWrite5m": "13.75",
                  "cacheWrite1h": "22"
                }
              ]
            },
            "batch": {
              "input": "2.75",
              "output": "13.75",
              "cachedInput": "0.275",
              "cacheWrite5m": "3.4375",
              "cacheWrite1h": "5.5",
              "longContext": [
                {
                  "aboveInputTokens": 200000,
                  "input": "5.5",
                  "output": "20.625",
                  "cachedInput": "0.55",
                  "cacheWrite5m": "6.875",
                  "cacheWrite1h": "11"
                }
              ]
            },
            "fees": {
              "webSearch": "10",
              "webFetch": "0"
            },
            "checked": "2026-11-28",
            "source": "anthropic.json pydantic/genai-prices@47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "note": "Vertex regional / multi-region endpoint rate (10% over the global endpoint); global-endpoint calls are overcharged 10% unless overridden."
          },
          {
            "effectiveFrom": "2026-03-13",
            "standard": {
              "input": "5.5",
              "output": "27.5",
              "cachedInput": "0.55",
              "cacheWrite5m": "6.875",
              "cacheWrite1h": "11"
            },
            "batch": {
              "input": "2.75",
              "output": "13.75",
              "cachedInput": "0.275",
              "cacheWrite5m": "3.4375",
              "cacheWrite1h": "5.5"
            },
            "fees": {
              "webSearch": "10",
              "webFetch": "0"
            },
            "checked": "2026-11-28",
            "source": "anthropic.json pydantic/genai-prices@47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "note": "Vertex regional / multi-region endpoint rate (10% over the global endpoint); global-endpoint calls are overcharged 10% unless overridden."
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
              "input": "3.3",
              "output": "16.5",
              "cachedInput": "0.33",
              "cacheWrite5m": "4.125",
              "cacheWrite1h": "6.6",
              "longContext": [
                {
                  "aboveInputTokens": 200000,
                  "input": "6.6",
                  "output": "24.75",
                  "cachedInput": "0.66",
                  "cacheWrite5m": "8.25",
                  "cacheWrite1h": "13.2"
                }
              ]
            },
            "batch": {
              "input": "1.65",
              "output": "8.25",
              "cachedInput": "0.165",
              "cacheWrite5m": "2.0625",
              "cacheWrite1h": "3.3",
              "longContext": [
                {
                  "aboveInputTokens": 200000,
                  "input": "3.3",
                  "output": "12.375",
                  "cachedInput": "0.33",
                  "cacheWrite5m": "4.125",
                  "cacheWrite1h": "6.6"
                }
              ]
            },
            "fees": {
              "webSearch": "10",
              "webFetch": "0"
            },
            "checked": "2026-11-28",
            "source": "anthropic.json pydantic/genai-prices@47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "note": "Vertex regional / multi-region endpoint rate (10% over the global endpoint); global-endpoint calls are overcharged 10% unless overridden."
          },
          {
            "effectiveFrom": "2026-03-13",
            "standard": {
              "input": "3.3",
              "output": "16.5",
              "cachedInput": "0.33",
              "cacheWrite5m": "4.125",
              "cacheWrite1h": "6.6"
            },
            "batch": {
              "input": "1.65",
              "output": "8.25",
              "cachedInput": "0.165",
              "cacheWrite5m": "2.0625",
              "cacheWrite1h": "3.3"
            },
            "fees": {
              "webSearch": "10",
              "webFetch": "0"
            },
            "checked": "2026-11-28",
            "source": "anthropic.json pydantic/genai-prices@47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "note": "Vertex regional / multi-region endpoint rate (10% over the global endpoint); global-endpoint calls are overcharged 10% unless overridden."
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
          "claude-opus-4-5@20251101"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 64000,
        "prices": [
          {
            "standard": {
              "input": "5.5",
              "output": "27.5",
              "cachedInput": "0.55",
              "cacheWrite5m": "6.875",
              "cacheWrite1h": "11"
            },
            "batch": {
              "input": "2.75",
              "output": "13.75",
              "cachedInput": "0.275",
              "cacheWrite5m": "3.4375",
              "cacheWrite1h": "5.5"
            },
            "fees": {
              "webSearch": "10",
              "webFetch": "0"
            },
            "checked": "2026-11-28",
            "source": "anthropic.json pydantic/genai-prices@47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "note": "Vertex regional / multi-region endpoint rate (10% over the global endpoint); global-endpoint calls are overcharged 10% unless overridden."
          }
        ]
      },
      {
        "id": "claude-sonnet-4-5",
        "aliases": [
          "claude-sonnet-4.5"
        ],
        "snapshots": [
          "claude-sonnet-4-5@20250929"
        ],
        "contextWindow": 1000000,
        "maxOutputTokens": 64000,
        "prices": [
          {
            "standard": {
              "input": "3.3",
              "output": "16.5",
              "cachedInput": "0.33",
              "cacheWrite5m": "4.125",
              "cacheWrite1h": "6.6",
              "longContext": [
                {
                  "aboveInputTokens": 200000,
                  "input": "6.6",
                  "output": "24.75",
                  "cachedInput": "0.66",
                  "cacheWrite5m": "8.25",
                  "cacheWrite1h": "13.2"
                }
              ]
            },
            "batch": {
              "input": "1.65",
              "output": "8.25",
              "cachedInput": "0.165",
              "cacheWrite5m": "2.0625",
              "cacheWrite1h": "3.3",
              "longContext": [
                {
                  "aboveInputTokens": 200000,
                  "input": "3.3",
                  "output": "12.375",
                  "cachedInput": "0.33",
                  "cacheWrite5m": "4.125",
                  "cacheWrite1h": "6.6"
                }
              ]
            },
            "fees": {
              "webSearch": "10",
              "webFetch": "0"
            },
            "checked": "2026-11-28",
            "source": "anthropic.json pydantic/genai-prices@47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "note": "Vertex regional / multi-region endpoint rate (10% over the global endpoint); global-endpoint calls are overcharged 10% unless overridden."
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
          "claude-haiku-4-5@20251001"
        ],
        "contextWindow": 200000,
        "maxOutputTokens": 64000,
        "prices": [
          {
            "standard": {
              "input": "1.1",
              "output": "5.5",
              "cachedInput": "0.11",
              "cacheWrite5m": "1.375",
              "cacheWrite1h": "2.2"
            },
            "batch": {
              "input": "0.55",
              "output": "2.75",
              "cachedInput": "0.055",
              "cacheWrite5m": "0.6875",
              "cacheWrite1h": "1.1"
            },
            "fees": {
              "webSearch": "10",
              "webFetch": "0"
            },
            "checked": "2026-11-28",
            "source": "anthropic.json pydantic/genai-prices@47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing",
            "note": "Vertex regional / multi-region endpoint rate (10% over the global endpoint); global-endpoint calls are overcharged 10% unless overridden."
          }
        ]
      },
      {
        "id": "claude-opus-4-1",
        "aliases": [
          "claude-opus-4.1"
        ],
        "snapshots": [
          "claude-opus-4-1@20250805"
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
            "source": "anthropic.json pydantic/genai-prices@47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing"
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
          "claude-4-opus@20250514",
          "claude-opus-4@20250514"
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
            "source": "anthropic.json pydantic/genai-prices@47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing"
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
          "claude-4-sonnet@20250514",
          "claude-sonnet-4@20250514"
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
            "source": "anthropic.json pydantic/genai-prices@47df840a (2026-08-21); BerriAI/litellm model_prices_and_context_window.json (2026-07-24); cloud.google.com/vertex-ai/generative-ai/pricing",
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
          "claude-3-7-sonnet@20250219"
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
            "source": "anthropic.json pydantic/genai-prices@47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing"
          }
        ]
      },
      {
        "id": "claude-3-5-sonnet",
        "aliases": [
          "claude-3-5-sonnet-latest",
          "claude-3.5-sonnet",
          "claude-3-5-sonnet-v2"
        ],
        "snapshots": [
          "claude-3-5-sonnet@20240620",
          "claude-3-5-sonnet@20241022",
          "claude-3-5-sonnet-v2@20241022"
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
            "source": "anthropic.json pydantic/genai-prices@47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing"
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
          "claude-3-5-haiku@20241022"
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
            "source": "anthropic.json pydantic/genai-prices@47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing"
          }
        ]
      },
      {
        "id": "claude-3-opus",
        "aliases": [
          "claude-3-opus-latest"
        ],
        "snapshots": [
          "claude-3-opus@20240229"
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
            "source": "anthropic.json pydantic/genai-prices@47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing"
          }
        ]
      },
      {
        "id": "claude-3-sonnet",
        "aliases": [],
        "snapshots": [
          "claude-3-sonnet@20240229"
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
            "source": "anthropic.json pydantic/genai-prices@47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing"
          }
        ]
      },
      {
        "id": "claude-3-haiku",
        "aliases": [],
        "snapshots": [
          "claude-3-haiku@20240307"
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
            "source": "anthropic.json pydantic/genai-prices@47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing"
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
            "source": "anthropic.json pydantic/genai-prices@47df840a (2026-08-21); cloud.google.com/vertex-ai/generative-ai/pricing"
          }
        ]
      }
    ]
  },
  "xai": {
    "$schema": "./pricing.schema.json",
    "provider": "xai",
    "version": "2026-11-29",
    "currency": "USD",
    "models": [
      {
        "id": "grok-2-1212",
        "aliases": [
          "grok-2",
          "grok-2-latest"
        ],
        "snapshots": [],
        "contextWindow": 32768,
        "maxOutputTokens": 32768,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "10"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "grok-2-vision-1212",
        "aliases": [
          "grok-2-vision",
          "grok-2-vision-latest"
        ],
        "snapshots": [],
        "contextWindow": 32768,
        "maxOutputTokens": 32768,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "10"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "grok-3",
        "aliases": [
          "grok-3-latest",
          "grok-3-beta"
        ],
        "snapshots": [],
        "contextWindow": 131072,
        "maxOutputTokens": 131072,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "15",
              "cachedInput": "0.75"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "grok-3-fast",
        "aliases": [
          "grok-3-fast-latest",
          "grok-3-fast-beta"
        ],
        "snapshots": [],
        "contextWindow": 131072,
        "maxOutputTokens": 131072,
        "prices": [
          {
            "standard": {
              "input": "5",
              "output": "25",
              "cachedInput": "1.25"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "grok-3-mini",
        "aliases": [
          "grok-3-mini-beta",
          "grok-3-mini-latest"
        ],
        "snapshots": [],
        "contextWindow": 131072,
        "maxOutputTokens": 131072,
        "prices": [
          {
            "standard": {
              "input": "0.3",
              "output": "0.5",
              "cachedInput": "0.075"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "grok-3-mini-fast",
        "aliases": [
          "grok-3-mini-fast-beta",
          "grok-3-mini-fast-latest"
        ],
        "snapshots": [],
        "contextWindow": 131072,
        "maxOutputTokens": 131072,
        "prices": [
          {
            "standard": {
              "input": "0.6",
              "output": "4",
              "cachedInput": "0.15"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "grok-4-0709",
        "aliases": [
          "grok-4",
          "grok-4-latest"
        ],
        "snapshots": [],
        "contextWindow": 256000,
        "maxOutputTokens": 256000,
        "prices": [
          {
            "standard": {
              "input": "3",
              "output": "15",
              "cachedInput": "0.75"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "grok-4-1-fast-non-reasoning",
        "aliases": [
          "grok-4-1-fast-non-reasoning-latest"
        ],
        "snapshots": [],
        "contextWindow": 2000000,
        "maxOutputTokens": 2000000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.5",
              "cachedInput": "0.05"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "grok-4-1-fast-reasoning",
        "aliases": [
          "grok-4-1-fast",
          "grok-4-1-fast-reasoning-latest"
        ],
        "snapshots": [],
        "contextWindow": 2000000,
        "maxOutputTokens": 2000000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.5",
              "cachedInput": "0.05"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "grok-4-fast-non-reasoning",
        "aliases": [
          "grok-4-fast-non-reasoning-latest"
        ],
        "snapshots": [],
        "contextWindow": 2000000,
        "maxOutputTokens": 2000000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.5",
              "cachedInput": "0.05"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "grok-4-fast-reasoning",
        "aliases": [
          "grok-4-fast",
          "grok-4-fast-reasoning-latest"
        ],
        "snapshots": [],
        "contextWindow": 2000000,
        "maxOutputTokens": 2000000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "0.5",
              "cachedInput": "0.05"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "grok-4.20",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1.25",
              "output": "2.5",
              "cachedInput": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "grok-4.20-multi-agent",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "6",
              "cachedInput": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "grok-4.3",
        "aliases": [
          "grok-4.3-latest"
        ],
        "snapshots": [],
        "contextWindow": 1000000,
        "maxOutputTokens": 1000000,
        "prices": [
          {
            "standard": {
              "input": "1.25",
              "output": "2.5",
              "cachedInput": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "grok-4.5",
        "aliases": [
          "grok-4.5-latest",
          "grok-latest"
        ],
        "snapshots": [],
        "contextWindow": 500000,
        "maxOutputTokens": 500000,
        "prices": [
          {
            "standard": {
              "input": "2",
              "output": "6",
              "cachedInput": "0.5"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "grok-build-0.1",
        "aliases": [],
        "snapshots": [],
        "contextWindow": 128000,
        "maxOutputTokens": 128000,
        "prices": [
          {
            "standard": {
              "input": "1",
              "output": "2",
              "cachedInput": "0.2"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      },
      {
        "id": "grok-code-fast-1",
        "aliases": [
          "grok-code-fast",
          "grok-code-fast-1-0825"
        ],
        "snapshots": [],
        "contextWindow": 256000,
        "maxOutputTokens": 256000,
        "prices": [
          {
            "standard": {
              "input": "0.2",
              "output": "1.5",
              "cachedInput": "0.02"
            },
            "checked": "2026-08-21",
            "source": "genai-prices 47df840a (2026-08-21)"
          }
        ]
      }
    ]
  },
};
