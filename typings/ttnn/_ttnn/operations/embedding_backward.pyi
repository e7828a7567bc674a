# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""embedding backward operations"""

import ttnn._ttnn.tensor


class embedding_bw_t:
    """
    Returns the input gradients of the output gradients tensor with respect to the input indices.


    Args:
        input_tensor (ttnn.Tensor): the input indices tensor.
        weight (ttnn.Tensor): the embeddings tensor that corresponds to the indices tensor. This tensor is only used to extract the vocabulary size.
        output_gradient_tensor (ttnn.Tensor): the output gradient tensor from the previous backwards op.


    Keyword args:
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `input tensor memory config`.
        output_tensor (ttnn.Tensor, optional): Preallocated output tensor. Defaults to `None`.
        dtype (ttnn.DataType, optional): the data type for the output tensor. Defaults to `None`.


    Returns:
        ttnn.Tensor: the output tensor.

    Note:
        The input and the output gradient tensors must have the same datatype.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_tensor: ttnn._ttnn.tensor.Tensor, weight_tensor: ttnn._ttnn.tensor.Tensor, output_gradient_tensor: ttnn._ttnn.tensor.Tensor, *, dtype: ttnn._ttnn.tensor.DataType | None = None, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

embedding_bw: embedding_bw_t = ...
