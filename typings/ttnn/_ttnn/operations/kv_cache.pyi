# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""KV cache operations"""

import ttnn._ttnn.operations.core
import ttnn._ttnn.tensor


class fill_cache_for_user__t:
    """
    Populates the :attr:`cache` tensor in-place with values sourced from :attr:`input` at :attr:`batch_index`,
    optionally offset along the sequence dimension by :attr:`update_idx` (tile-aligned).


    Args:
        cache (ttnn.Tensor): the cache tensor to be written to.
        input (ttnn.Tensor): the input tensor to be written to the cache.
        batch_index (int): the index into the cache tensor.

    Keyword Args:
        update_idx (int): seq-dim offset within the user slot, must be a multiple of TILE_HEIGHT. Default = 0.


    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, cache: ttnn._ttnn.tensor.Tensor, input: ttnn._ttnn.tensor.Tensor, batch_index: int, *, update_idx: int = 0) -> ttnn._ttnn.tensor.Tensor: ...

class update_cache_for_token__t:
    """
    Updates the :attr:`cache` tensor in-place with values from :attr:`input` at :attr:`update_index` and :attr:`batch_offset`.


    Args:
        cache (ttnn.Tensor): the cache tensor to be written to.
        token (ttnn.Tensor): the token tensor to be written to the cache.
        update_index (int): the index into the cache tensor.
        batch_offset (int): the batch_offset into the cache tensor.


    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, cache: ttnn._ttnn.tensor.Tensor, input: ttnn._ttnn.tensor.Tensor, update_index: int, batch_offset: int = 0, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

class update_cache_t:
    """
    Updates the cache tensor in place with the values from input at the specified update_idx. When cache has batch less than 32, input is assumed to have batch padded to 32 and [batch_offset:batch_offset+batch] from dim[-2] of input is used to update the cache.

    Args:
        * :attr:`cache` (ttnn.Tensor): The cache tensor to be written to.
        * :attr:`input` (ttnn.Tensor): The token tensor to be written to the cache.
        * :attr:`update_index` (int): The index into the cache tensor.
        * :attr:`batch_offset` (int): The batch_offset into the cache tensor. Default = 0 .

    Keyword Args:
        * :attr:`compute_kernel_config` Optional[DeviceComputeKernelConfig]

    Example:
        >>> tensor1 = ttnn.from_torch(torch.tensor((1, 2), dtype=torch.bfloat16), device=device)
        >>> tensor2 = ttnn.from_torch(torch.tensor((1, 2), dtype=torch.bfloat16), device=device)
        >>> output = ttnn.update_cache(tensor1, tensor2, update_index)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, cache: ttnn._ttnn.tensor.Tensor, input: ttnn._ttnn.tensor.Tensor, update_idx: int, *, batch_offset: int = 0, compute_kernel_config: ttnn._ttnn.operations.core.WormholeComputeKernelConfig | None = None) -> ttnn._ttnn.tensor.Tensor: ...

update_cache: update_cache_t = ...

class fill_cache_t:
    """
    Fills the cache tensor in place with the values from input at the specified batch_idx,
    optionally offset along the sequence dimension by update_idx (tile-aligned).

    Args:
        * :attr:`cache_tensor` (ttnn.Tensor): The cache tensor to be written to.
        * :attr:`input_tensor` (ttnn.Tensor): The token tensor to be written to the cache.
        * :attr:`batch_idx` (int): The index into the cache tensor.

    Keyword Args:
        * :attr:`update_idx` (int): seq-dim offset within the user slot, must be a multiple of TILE_HEIGHT. Default = 0.

    Example:
        >>> cache_tensor = ttnn.from_torch(torch.zeros((4, 1, 128, 64), dtype=torch.bfloat16), device=device)
        >>> input_tensor = ttnn.from_torch(torch.randn((1, 1, 32, 64), dtype=torch.bfloat16), device=device)
        >>> output = ttnn.fill_cache(cache_tensor, input_tensor, batch_idx=0, update_idx=32)
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, cache_tensor: ttnn._ttnn.tensor.Tensor, input_tensor: ttnn._ttnn.tensor.Tensor, batch_idx: int, *, update_idx: int = 0) -> ttnn._ttnn.tensor.Tensor: ...

fill_cache: fill_cache_t = ...
