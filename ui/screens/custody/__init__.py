"""The paper custody screen (试卷保密流转): packets, their chains and flags, the scan form."""
