# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""embedding operations"""

import enum

import ttnn._ttnn.tensor


class EmbeddingsType(enum.Enum):
    GENERIC = 0

    PADDED = 1

    BINARY = 2

class embedding_t:
    """
    Retrieves word embeddings using input_tensor. The input_tensor is a list of indices, and the embedding matrix, and the output is the corresponding word embeddings.

    Args:
        input_tensor (ttnn.Tensor): the input indices tensor.
        weight (ttnn.Tensor): the embeddings tensor that corresponds to the indices tensor.

    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `input tensor memory config`.
        output_tensor (ttnn.Tensor, optional): Preallocated output tensor. Defaults to `None`.
        padding_idx (int, optional): the padding token. Default to `None`.
        layout (ttnn.Layout): the layout of the output tensor. Defaults to `ttnn.ROW_MAJOR_LAYOUT`.
        embeddings_type (ttnn.EmbeddingsType): the type of embeddings. Defaults to `ttnn._ttnn.operations.embedding.EmbeddingsType.GENERIC`.
        dtype (ttnn.DataType, optional): the data type for the output tensor. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor of layout == layout or layout of the weights tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, weight: ttnn._ttnn.tensor.Tensor, *, padding_idx: int | None = None, layout: ttnn._ttnn.tensor.Layout | None = None, embeddings_type: EmbeddingsType = EmbeddingsType.GENERIC, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

embedding: embedding_t = ...
