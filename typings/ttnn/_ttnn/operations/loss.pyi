# mypy: disable-error-code="override, overload-cannot-match, type-arg, explicit-override, mutable-override"
"""loss operations"""

import enum

import ttnn._ttnn.tensor


class LossReductionMode(enum.Enum):
    NONE = 0

    MEAN = 1

    SUM = 2

class mse_loss_t:
    """
    Returns mean squared error loss function for `input_reference` and `input_prediction`

    Args:
        input_reference (ttnn.Tensor): the input tensor.
        input_prediction (ttnn.Tensor): the input tensor.


    Keyword Args:
        reduction (bool, optional): Loss Reduction Mode. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): Preallocated output tensor. Defaults to `None`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_reference: ttnn._ttnn.tensor.Tensor, input_prediction: ttnn._ttnn.tensor.Tensor, *, reduction: LossReductionMode = LossReductionMode.NONE, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

mse_loss: mse_loss_t = ...

class l1_loss_t:
    """
    Returns mean absolute error loss function for `input_reference` and `input_prediction`

    Args:
        input_reference (ttnn.Tensor): the input tensor.
        input_prediction (ttnn.Tensor): the input tensor.


    Keyword Args:
        reduction (bool, optional): Loss Reduction Mode. Defaults to `None`.
        output_tensor (ttnn.Tensor, optional): Preallocated output tensor. Defaults to `None`.
        memory_config (ttnn.MemoryConfig, optional): Memory configuration for the operation. Defaults to `None`.

    Returns:
        ttnn.Tensor: the output tensor.
    """

    @property
    def name(self) -> str: ...

    @property
    def python_fully_qualified_name(self) -> str: ...

    @property
    def __ttnn_operation__(self) -> object: ...

    def __call__(self, input_reference: ttnn._ttnn.tensor.Tensor, input_prediction: ttnn._ttnn.tensor.Tensor, *, reduction: LossReductionMode = LossReductionMode.NONE, memory_config: ttnn._ttnn.tensor.MemoryConfig | None = None, output_tensor: ttnn._ttnn.tensor.Tensor | None = None) -> ttnn._ttnn.tensor.Tensor: ...

l1_loss: l1_loss_t = ...
